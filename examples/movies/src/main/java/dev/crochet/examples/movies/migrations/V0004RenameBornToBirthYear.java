package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/**
 * {@code Person.born} becomes {@code birth_year}; the index follows the property by hand.
 */
@Revision(id = "0004_rename_born_to_birth_year", parent = "0003_rename_film_to_movie",
		description = "rename Person.born to birth_year")
public final class V0004RenameBornToBirthYear implements Migration {

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.dropIndex("Person", "born");
		ctx.renameNodeProperty("Person", "born", "birth_year");
		ctx.addIndex("Person", "birth_year");
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.dropIndex("Person", "birth_year");
		ctx.renameNodeProperty("Person", "birth_year", "born");
		ctx.addIndex("Person", "born");
	}

}

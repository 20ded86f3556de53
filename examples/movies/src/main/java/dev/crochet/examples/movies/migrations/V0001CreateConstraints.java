package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/**
 * The constraints and indexes of the first model version (movies were still labelled
 * Film).
 */
// tag::migration[]
@Revision(id = "0001_create_constraints", description = "unique names and titles, indexes on years")
public final class V0001CreateConstraints implements Migration {

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.addUniqueConstraint("Person", "name");
		ctx.addUniqueConstraint("Film", "title");
		ctx.addUniqueConstraint("Genre", "name");
		ctx.addIndex("Person", "born");
		ctx.addIndex("Film", "released");
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.dropIndex("Film", "released");
		ctx.dropIndex("Person", "born");
		ctx.dropUniqueConstraint("Genre", "name");
		ctx.dropUniqueConstraint("Film", "title");
		ctx.dropUniqueConstraint("Person", "name");
	}

}
// end::migration[]

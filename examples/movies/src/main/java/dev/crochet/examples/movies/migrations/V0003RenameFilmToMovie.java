package dev.crochet.examples.movies.migrations;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.Revision;

/**
 * {@code Film} becomes {@code Movie}; Crochet moves the label's constraints and indexes
 * along.
 */
@Revision(id = "0003_rename_film_to_movie", parent = "0002_load_movies", description = "rename label Film to Movie")
public final class V0003RenameFilmToMovie implements Migration {

	@Override
	public void upgrade(MigrationContext ctx) {
		ctx.renameLabel("Film", "Movie");
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.renameLabel("Movie", "Film");
	}

}

package dev.crochet.examples.movies.migrations;

import dev.crochet.CsvRows;
import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.NodeMatch;
import dev.crochet.Revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads the movies and their casts from the CSV files shipped with the example, each file
 * in its own tracked batch: the ledger records each file's checksum, so {@code verify}
 * notices when a file that fed the graph changes, and the downgrade deletes exactly what
 * was loaded.
 */
@Revision(id = "0002_load_movies", parent = "0001_create_constraints", description = "load movies and casts from CSV")
public final class V0002LoadMovies implements Migration {

	static final String MOVIES_BATCH = "movies-csv";

	static final String ROLES_BATCH = "roles-csv";

	// tag::batch[]
	@Override
	public void upgrade(MigrationContext ctx) {
		Path movies = CsvRows.resource(V0002LoadMovies.class, "/data/movies.csv");
		ctx.beginBatch(MOVIES_BATCH, movies);
		ctx.createNodes("Film", CsvRows.read(movies, row -> Map.of("title", row.get("title"), "released",
				Integer.parseInt(row.get("released")), "tagline", row.get("tagline"))));
		ctx.upsertNodes("Genre", List.of("name"), CsvRows.read(movies, row -> Map.of("name", row.get("genre"))));
		ctx.createRelationships("IN_GENRE", NodeMatch.of("Film", "title"), NodeMatch.of("Genre", "name"),
				CsvRows.read(movies, row -> Map.of("from", row.get("title"), "to", row.get("genre"))));

		Path roles = CsvRows.resource(V0002LoadMovies.class, "/data/roles.csv");
		ctx.beginBatch(ROLES_BATCH, roles);
		ctx.upsertNodes("Person", List.of("name"), CsvRows.read(roles,
				row -> Map.of("name", row.get("person"), "born", Integer.parseInt(row.get("birth_year")))));
		ctx.createRelationships("ACTED_IN", NodeMatch.of("Person", "name"), NodeMatch.of("Film", "title"),
				CsvRows.read(roles, row -> Map.of("from", row.get("person"), "to", row.get("title"), "roles",
						List.of(row.get("roles").split("\\|")))));
	}

	@Override
	public void downgrade(MigrationContext ctx) {
		ctx.deleteRelationshipsByBatch("ACTED_IN", ROLES_BATCH);
		ctx.deleteNodesByBatch("Person", ROLES_BATCH);
		ctx.deleteRelationshipsByBatch("IN_GENRE", MOVIES_BATCH);
		ctx.deleteNodesByBatch("Genre", MOVIES_BATCH);
		ctx.deleteNodesByBatch("Film", MOVIES_BATCH);
	}
	// end::batch[]

}

package dev.crochet.assertj;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.assertj.model.Movie;
import dev.crochet.assertj.model.Person;
import dev.crochet.assertj.model.Role;
import dev.crochet.ir.ModelReader;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;

import java.util.List;
import java.util.function.Consumer;

/**
 * Programmatic migrations and the test models' snapshot, as real objects for the
 * assertions.
 */
final class TestMigrations {

	static final List<Class<?>> MODELS = List.of(Person.class, Movie.class, Role.class);

	private static final Consumer<MigrationContext> NOTHING = ctx -> {
	};

	private TestMigrations() {
	}

	static SchemaSnapshot models() {
		return ModelReader.read(MODELS);
	}

	/** A rollback-safe migration that does nothing and declares no schema hash. */
	static ResolvedMigration migration(String id, String parent) {
		return migration(id, parent, true, null, NOTHING, NOTHING);
	}

	static ResolvedMigration migration(String id, String parent, boolean rollbackSafe, String schemaHash) {
		return migration(id, parent, rollbackSafe, schemaHash, NOTHING, NOTHING);
	}

	static ResolvedMigration migration(String id, String parent, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		return migration(id, parent, true, null, up, down);
	}

	static ResolvedMigration migration(String id, String parent, boolean rollbackSafe, String schemaHash,
			Consumer<MigrationContext> up, Consumer<MigrationContext> down) {
		return new ResolvedMigration(id, parent, id, schemaHash, rollbackSafe, null, MigrationKind.JAVA, id,
				new Migration() {
					@Override
					public void upgrade(MigrationContext ctx) {
						up.accept(ctx);
					}

					@Override
					public void downgrade(MigrationContext ctx) {
						down.accept(ctx);
					}
				});
	}

}

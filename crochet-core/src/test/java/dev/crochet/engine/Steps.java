package dev.crochet.engine;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;

import java.util.function.Consumer;

/** Programmatic migrations for engine tests: an id, a parent and two lambdas. */
final class Steps {

	private Steps() {
	}

	static ResolvedMigration step(String id, String parent, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		return step(id, parent, true, null, up, down);
	}

	static ResolvedMigration unsafe(String id, String parent, Consumer<MigrationContext> up,
			Consumer<MigrationContext> down) {
		return step(id, parent, false, null, up, down);
	}

	static ResolvedMigration step(String id, String parent, boolean rollbackSafe, String schemaHash,
			Consumer<MigrationContext> up, Consumer<MigrationContext> down) {
		return new ResolvedMigration(id, parent, "step " + id, schemaHash, rollbackSafe, null, MigrationKind.JAVA, id,
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

	static Consumer<MigrationContext> nothing() {
		return ctx -> {
		};
	}

}

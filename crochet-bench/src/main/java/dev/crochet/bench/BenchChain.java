package dev.crochet.bench;

import dev.crochet.Migration;
import dev.crochet.MigrationContext;
import dev.crochet.migration.MigrationKind;
import dev.crochet.migration.ResolvedMigration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A linear chain of programmatic migrations, each linked to the one added before it.
 *
 * <pre>{@code
 * List<ResolvedMigration> chain = new BenchChain()
 *     .add("0001_nodes", ctx -> ctx.createNodes("Node", rows), ctx -> ctx.deleteNodesByBatch("Node", "b"))
 *     .migrations();
 * }</pre>
 */
final class BenchChain {

	private final List<ResolvedMigration> migrations = new ArrayList<>();

	BenchChain add(String id, Consumer<MigrationContext> upgrade, Consumer<MigrationContext> downgrade) {
		String parent = migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).id();
		migrations.add(new ResolvedMigration(id, parent, id, null, true, null, MigrationKind.JAVA,
				"crochet-bench:" + id, new Migration() {
					@Override
					public void upgrade(MigrationContext ctx) {
						upgrade.accept(ctx);
					}

					@Override
					public void downgrade(MigrationContext ctx) {
						downgrade.accept(ctx);
					}
				}));
		return this;
	}

	BenchChain add(String id, Consumer<MigrationContext> upgrade) {
		return add(id, upgrade, ctx -> {
		});
	}

	List<ResolvedMigration> migrations() {
		return List.copyOf(migrations);
	}

}

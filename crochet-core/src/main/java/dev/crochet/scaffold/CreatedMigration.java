package dev.crochet.scaffold;

import java.nio.file.Path;

/**
 * What {@link dev.crochet.Crochet#createMigration} did: the migration and snapshot files
 * it wrote, or nothing when the models did not change and no empty migration was asked
 * for.
 *
 * @param id the new revision's id; null when nothing was written
 * @param parent the newest migration the new one chains on (applied or not); null before
 * the first
 * @param plan the operations generated from the models' diff against the parent's
 * snapshot
 * @param file the migration file written; null when nothing was written
 * @param snapshot the schema snapshot file written next to the migrations; null when
 * nothing was written
 */
public record CreatedMigration(String id, String parent, MigrationPlan plan, Path file, Path snapshot) {

	public boolean written() {
		return file != null;
	}
}

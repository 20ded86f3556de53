package dev.crochet.scaffold;

import dev.crochet.live.SchemaElement;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link dev.crochet.Crochet#recordSchema} recorded: the schema the head migration
 * is taken to describe, so that {@code create-migration} has something to diff against.
 *
 * @param revision the head migration the schema is recorded for
 * @param schemaHash the recorded schema's hash
 * @param declared whether the head declares {@code schemaHash} itself (a snapshot file
 * that never existed); false for a hand-written head without one, whose hash is then
 * written to {@code revisionsFile}
 * @param snapshot the {@code <hash>.json} written
 * @param revisionsFile the {@value dev.crochet.ir.RecordedRevisions#FILE_NAME} written;
 * null when the head declares its hash
 * @param fromDatabase whether the constraints and indexes are the database's rather than
 * the models'
 * @param notRecorded constraints and indexes the database has but no model declares, so
 * the recorded schema cannot hold them (empty when recorded from the models)
 */
public record RecordedSchema(String revision, String schemaHash, boolean declared, Path snapshot, Path revisionsFile,
		boolean fromDatabase, List<SchemaElement> notRecorded) {

	public RecordedSchema {
		notRecorded = List.copyOf(notRecorded);
	}
}

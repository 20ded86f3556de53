package dev.crochet.cypher;

import dev.crochet.NodeMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationRecorderTest {

	private final AtomicInteger generated = new AtomicInteger();

	private final Supplier<String> batchIds = () -> "generated-" + generated.incrementAndGet();

	private final OperationRecorder recorder = new OperationRecorder("0001_init", 500, batchIds);

	@Test
	void recordsEveryCallInOrder() {
		recorder.addUniqueConstraint("Person", "name");
		recorder.addIndex("Person", "age");
		recorder.renameLabel("Person", "Human");
		recorder.runCypher("RETURN 1");
		recorder.deleteNodesByBatch("Human", "old");

		assertThat(recorder.revision()).isEqualTo("0001_init");
		assertThat(recorder.operations()).containsExactly(new AddUniqueConstraint("Person", "name"),
				new AddIndex("Person", "age"), new RenameLabel("Person", "Human", 500), new RunCypher("RETURN 1"),
				new DeleteNodesByBatch("Human", "old", 500));
	}

	@Test
	void eachContextMethodRecordsItsOperation() {
		NodeMatch person = NodeMatch.of("Person", "name");
		List<Map<String, Object>> rows = List.of();
		recorder.dropUniqueConstraint("P", "n");
		recorder.addNodePropertyExistenceConstraint("P", "n");
		recorder.dropNodePropertyExistenceConstraint("P", "n");
		recorder.dropIndex("P", "n");
		recorder.addCompositeIndex("P", List.of("a", "b"));
		recorder.dropCompositeIndex("P", List.of("a", "b"));
		recorder.addRelationshipIndex("R", "n");
		recorder.dropRelationshipIndex("R", "n");
		recorder.renameRelationshipType("R", "S");
		recorder.addNodeProperty("P", "n", 0);
		recorder.removeNodeProperty("P", "n");
		recorder.renameNodeProperty("P", "n", "m");
		recorder.runCypher("RETURN $x", Map.of("x", 1));
		recorder.beginBatch("b");
		recorder.createNodes("P", rows);
		recorder.upsertNodes("P", List.of("n"), rows);
		recorder.createRelationships("R", person, person, rows);
		recorder.deleteRelationshipsByBatch("R", "b");

		assertThat(recorder.operations()).containsExactly(new DropUniqueConstraint("P", "n"),
				new AddExistenceConstraint("P", "n"), new DropExistenceConstraint("P", "n"), new DropIndex("P", "n"),
				new AddCompositeIndex("P", List.of("a", "b")), new DropCompositeIndex("P", List.of("a", "b")),
				new AddRelationshipIndex("R", "n"), new DropRelationshipIndex("R", "n"),
				new RenameRelationshipType("R", "S", 500), new AddNodeProperty("P", "n", 0, 500),
				new RemoveNodeProperty("P", "n", 500), new RenameNodeProperty("P", "n", "m", 500),
				new RunCypher("RETURN $x", Map.of("x", 1)), new BeginBatch("b"), new CreateNodes("P", rows, "b", 500),
				new UpsertNodes("P", List.of("n"), rows, "b", 500),
				new CreateRelationships("R", person, person, rows, "b", 500),
				new DeleteRelationshipsByBatch("R", "b", 500));
	}

	@Test
	void beginBatchMakesTheBatchCurrent() {
		assertThat(recorder.beginBatch("people")).isEqualTo("people");
		recorder.createNodes("Person", List.of());
		assertThat(recorder.beginBatch()).isEqualTo("generated-1");
		recorder.createNodes("Person", List.of());

		assertThat(recorder.operations()).containsExactly(new BeginBatch("people"),
				new CreateNodes("Person", List.of(), "people", 500), new BeginBatch("generated-1"),
				new CreateNodes("Person", List.of(), "generated-1", 500));
		assertThat(recorder.currentBatch()).isEqualTo("generated-1");
	}

	@Test
	void dataWithoutABatchBeginsOneImplicitlyOnce() {
		recorder.createNodes("Person", List.of());
		recorder.createNodes("Movie", List.of());

		assertThat(recorder.operations()).containsExactly(new BeginBatch("generated-1"),
				new CreateNodes("Person", List.of(), "generated-1", 500),
				new CreateNodes("Movie", List.of(), "generated-1", 500));
	}

	@Test
	void anInvalidDataCallRecordsNothingNotEvenAnImplicitBatch() {
		assertThatThrownBy(() -> recorder.createNodes("", List.of())).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid label '': must not be empty");
		assertThat(recorder.operations()).isEmpty();
		assertThat(generated).hasValue(0);
	}

	@Test
	void rowsAreKeptNotCopied() {
		Iterable<Map<String, Object>> rows = () -> {
			throw new AssertionError("rows must not be read while recording");
		};
		recorder.createNodes("Person", rows);
		assertThat(((CreateNodes) recorder.operations().get(1)).rows()).isSameAs(rows);
	}

	@Test
	void aBatchSourceFileMustExist(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("people.csv"), "name\nAda\n");
		assertThat(recorder.beginBatch("people", file)).isEqualTo("people");
		assertThat(recorder.operations()).containsExactly(new BeginBatch("people", file));

		Path missing = directory.resolve("missing.csv");
		assertThatThrownBy(() -> recorder.beginBatch("more", missing)).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Batch source file not found: " + missing.toAbsolutePath() + " does not exist");
		assertThatThrownBy(() -> recorder.beginBatch("more", directory)).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Batch source file not found: " + directory.toAbsolutePath() + " is a directory");
		assertThat(recorder.currentBatch()).isEqualTo("people");
	}

	@Test
	void namesAreValidatedWhenCalled() {
		assertThatThrownBy(() -> recorder.addIndex("Person", "")).isInstanceOf(InvalidNameException.class)
			.hasMessage("Invalid property '': must not be empty");
		assertThatThrownBy(() -> recorder.beginBatch("")).isInstanceOf(InvalidOperationException.class)
			.hasMessage("Invalid batch id '': must not be empty");
		assertThat(recorder.operations()).isEmpty();
	}

	@Test
	void theOperationListIsReadOnly() {
		recorder.addIndex("P", "n");
		assertThatThrownBy(() -> recorder.operations().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aLazyRowSourceIsNeverIterated() {
		AtomicInteger reads = new AtomicInteger();
		Iterable<Map<String, Object>> rows = () -> new Iterator<>() {
			@Override
			public boolean hasNext() {
				reads.incrementAndGet();
				return false;
			}

			@Override
			public Map<String, Object> next() {
				throw new AssertionError();
			}
		};
		recorder.createRelationships("R", NodeMatch.of("A", "id"), NodeMatch.of("B", "id"), rows);
		recorder.operations().forEach(Operation::statements);
		assertThat(reads).hasValue(0);
	}

}

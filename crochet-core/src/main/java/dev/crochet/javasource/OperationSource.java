package dev.crochet.javasource;

import dev.crochet.VectorSimilarity;
import dev.crochet.cypher.AddCompositeIndex;
import dev.crochet.cypher.AddCompositeUniqueConstraint;
import dev.crochet.cypher.AddExistenceConstraint;
import dev.crochet.cypher.AddFulltextIndex;
import dev.crochet.cypher.AddIndex;
import dev.crochet.cypher.AddNodeProperty;
import dev.crochet.cypher.AddPointIndex;
import dev.crochet.cypher.AddRelationshipIndex;
import dev.crochet.cypher.AddRelationshipUniqueConstraint;
import dev.crochet.cypher.AddTextIndex;
import dev.crochet.cypher.AddUniqueConstraint;
import dev.crochet.cypher.AddVectorIndex;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.CreateNodes;
import dev.crochet.cypher.CreateRelationships;
import dev.crochet.cypher.DeleteNodesByBatch;
import dev.crochet.cypher.DeleteRelationshipsByBatch;
import dev.crochet.cypher.DropCompositeIndex;
import dev.crochet.cypher.DropCompositeUniqueConstraint;
import dev.crochet.cypher.DropExistenceConstraint;
import dev.crochet.cypher.DropFulltextIndex;
import dev.crochet.cypher.DropIndex;
import dev.crochet.cypher.DropPointIndex;
import dev.crochet.cypher.DropRelationshipIndex;
import dev.crochet.cypher.DropRelationshipUniqueConstraint;
import dev.crochet.cypher.DropTextIndex;
import dev.crochet.cypher.DropUniqueConstraint;
import dev.crochet.cypher.DropVectorIndex;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.RemoveNodeProperty;
import dev.crochet.cypher.RenameLabel;
import dev.crochet.cypher.RenameNodeProperty;
import dev.crochet.cypher.RenameRelationshipProperty;
import dev.crochet.cypher.RenameRelationshipType;
import dev.crochet.cypher.RunCypher;
import dev.crochet.cypher.UpsertNodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.crochet.javasource.JavaSource.call;
import static dev.crochet.javasource.JavaSource.nodeMatch;
import static dev.crochet.javasource.JavaSource.path;
import static dev.crochet.javasource.JavaSource.string;
import static dev.crochet.javasource.JavaSource.strings;
import static dev.crochet.javasource.JavaSource.value;

/**
 * An operation as the {@link dev.crochet.MigrationContext} call that declares it: the
 * line a generated Java migration holds, and the text the checksum of a Java migration
 * hashes. One case per kind of the sealed {@link Operation}; rows are written as a
 * variable {@code rows}, as generated migrations name them.
 *
 * <pre>{@code
 * OperationSource.of(new AddIndex("Person", "age")) // ctx.addIndex("Person", "age");
 * }</pre>
 */
public final class OperationSource {

	private OperationSource() {
	}

	/**
	 * {@code ctx.method(arg, ...);} for {@code operation}, literals escaped by
	 * {@link JavaSource}.
	 */
	public static String of(Operation operation) {
		if (operation instanceof AddUniqueConstraint op) {
			return call("addUniqueConstraint", string(op.label()), string(op.property()));
		}
		if (operation instanceof DropUniqueConstraint op) {
			return call("dropUniqueConstraint", string(op.label()), string(op.property()));
		}
		if (operation instanceof AddExistenceConstraint op) {
			return call("addNodePropertyExistenceConstraint", string(op.label()), string(op.property()));
		}
		if (operation instanceof DropExistenceConstraint op) {
			return call("dropNodePropertyExistenceConstraint", string(op.label()), string(op.property()));
		}
		if (operation instanceof AddCompositeUniqueConstraint op) {
			return call("addCompositeUniqueConstraint", string(op.label()), strings(op.properties()));
		}
		if (operation instanceof DropCompositeUniqueConstraint op) {
			return call("dropCompositeUniqueConstraint", string(op.label()), strings(op.properties()));
		}
		if (operation instanceof AddRelationshipUniqueConstraint op) {
			return call("addRelationshipUniqueConstraint", string(op.type()), string(op.property()));
		}
		if (operation instanceof DropRelationshipUniqueConstraint op) {
			return call("dropRelationshipUniqueConstraint", string(op.type()), string(op.property()));
		}
		if (operation instanceof AddIndex op) {
			return call("addIndex", string(op.label()), string(op.property()));
		}
		if (operation instanceof DropIndex op) {
			return call("dropIndex", string(op.label()), string(op.property()));
		}
		if (operation instanceof AddCompositeIndex op) {
			return call("addCompositeIndex", string(op.label()), strings(op.properties()));
		}
		if (operation instanceof DropCompositeIndex op) {
			return call("dropCompositeIndex", string(op.label()), strings(op.properties()));
		}
		if (operation instanceof AddRelationshipIndex op) {
			return call("addRelationshipIndex", string(op.type()), string(op.property()));
		}
		if (operation instanceof DropRelationshipIndex op) {
			return call("dropRelationshipIndex", string(op.type()), string(op.property()));
		}
		if (operation instanceof AddFulltextIndex op) {
			return call(searchIndexMethod("add", op.relationship(), "Fulltext"),
					fulltextArguments(op.name(), op.labelOrType(), op.properties(), op.analyzer()));
		}
		if (operation instanceof DropFulltextIndex op) {
			return call(searchIndexMethod("drop", op.relationship(), "Fulltext"),
					fulltextArguments(op.name(), op.labelOrType(), op.properties(), op.analyzer()));
		}
		if (operation instanceof AddVectorIndex op) {
			return call(searchIndexMethod("add", op.relationship(), "Vector"),
					vectorArguments(op.name(), op.labelOrType(), op.property(), op.dimensions(), op.similarity()));
		}
		if (operation instanceof DropVectorIndex op) {
			return call(searchIndexMethod("drop", op.relationship(), "Vector"),
					vectorArguments(op.name(), op.labelOrType(), op.property(), op.dimensions(), op.similarity()));
		}
		if (operation instanceof AddTextIndex op) {
			return call(searchIndexMethod("add", op.relationship(), "Text"),
					namedArguments(op.name(),
							AddTextIndex.generatedName(op.relationship(), op.labelOrType(), op.property()),
							op.labelOrType(), op.property()));
		}
		if (operation instanceof DropTextIndex op) {
			return call(searchIndexMethod("drop", op.relationship(), "Text"),
					namedArguments(op.name(),
							AddTextIndex.generatedName(op.relationship(), op.labelOrType(), op.property()),
							op.labelOrType(), op.property()));
		}
		if (operation instanceof AddPointIndex op) {
			return call(searchIndexMethod("add", op.relationship(), "Point"),
					namedArguments(op.name(),
							AddPointIndex.generatedName(op.relationship(), op.labelOrType(), op.property()),
							op.labelOrType(), op.property()));
		}
		if (operation instanceof DropPointIndex op) {
			return call(searchIndexMethod("drop", op.relationship(), "Point"),
					namedArguments(op.name(),
							AddPointIndex.generatedName(op.relationship(), op.labelOrType(), op.property()),
							op.labelOrType(), op.property()));
		}
		if (operation instanceof RenameLabel op) {
			return call("renameLabel", string(op.from()), string(op.to()));
		}
		if (operation instanceof RenameRelationshipType op) {
			return call("renameRelationshipType", string(op.from()), string(op.to()));
		}
		if (operation instanceof AddNodeProperty op) {
			return call("addNodeProperty", string(op.label()), string(op.property()), value(op.defaultValue()));
		}
		if (operation instanceof RemoveNodeProperty op) {
			return call("removeNodeProperty", string(op.label()), string(op.property()));
		}
		if (operation instanceof RenameNodeProperty op) {
			return call("renameNodeProperty", string(op.label()), string(op.from()), string(op.to()));
		}
		if (operation instanceof RenameRelationshipProperty op) {
			return call("renameRelationshipProperty", string(op.type()), string(op.from()), string(op.to()));
		}
		if (operation instanceof RunCypher op) {
			return op.parameters().isEmpty() ? call("runCypher", string(op.cypher()))
					: call("runCypher", string(op.cypher()), value(op.parameters()));
		}
		if (operation instanceof BeginBatch op) {
			return op.sourceFile() == null ? call("beginBatch", string(op.batchId()))
					: call("beginBatch", string(op.batchId()), path(op.sourceFile()));
		}
		if (operation instanceof CreateNodes op) {
			return call("createNodes", string(op.label()), "rows");
		}
		if (operation instanceof UpsertNodes op) {
			return call("upsertNodes", string(op.label()), strings(op.keys()), "rows");
		}
		if (operation instanceof CreateRelationships op) {
			return call("createRelationships", string(op.type()), nodeMatch(op.from()), nodeMatch(op.to()), "rows");
		}
		if (operation instanceof DeleteNodesByBatch op) {
			return call("deleteNodesByBatch", string(op.label()), string(op.batchId()));
		}
		if (operation instanceof DeleteRelationshipsByBatch op) {
			return call("deleteRelationshipsByBatch", string(op.type()), string(op.batchId()));
		}
		// Unreachable while every permitted kind has its case above (OperationSourceTest
		// checks that).
		throw new IllegalStateException("No Java source for " + operation.getClass().getName());
	}

	/**
	 * The MigrationContext method for a node or relationship index: {@code addTextIndex}
	 * or {@code addRelationshipTextIndex}.
	 */
	private static String searchIndexMethod(String verb, boolean relationship, String kind) {
		return verb + (relationship ? "Relationship" : "") + kind + "Index";
	}

	private static String[] fulltextArguments(String name, String labelOrType, List<String> properties,
			String analyzer) {
		List<String> arguments = new ArrayList<>(List.of(string(name), string(labelOrType), strings(properties)));
		if (analyzer != null) {
			arguments.add(string(analyzer));
		}
		return arguments.toArray(String[]::new);
	}

	private static String[] vectorArguments(String name, String labelOrType, String property, int dimensions,
			VectorSimilarity similarity) {
		return new String[] { string(name), string(labelOrType), string(property), Integer.toString(dimensions),
				"VectorSimilarity." + Objects.requireNonNull(similarity).name() };
	}

	/**
	 * A generated name is left out of the call, so the generated source reads like a
	 * hand-written one.
	 */
	private static String[] namedArguments(String name, String generatedName, String labelOrType, String property) {
		return name.equals(generatedName) ? new String[] { string(labelOrType), string(property) }
				: new String[] { string(name), string(labelOrType), string(property) };
	}

}

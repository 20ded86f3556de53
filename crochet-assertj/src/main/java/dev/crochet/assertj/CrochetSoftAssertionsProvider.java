package dev.crochet.assertj;

import dev.crochet.Drift;
import dev.crochet.ir.NodeSchema;
import dev.crochet.ir.PropertySchema;
import dev.crochet.ir.RelationshipEntitySchema;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ledger.LedgerView;
import dev.crochet.live.LiveSchema;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripReport;
import org.assertj.core.api.SoftAssertionsProvider;
import org.neo4j.driver.Driver;

import java.util.Collection;

/**
 * The soft variants of {@link CrochetAssertions}' entry points, through AssertJ's own
 * proxying. Implement it next to AssertJ's providers to mix Crochet and standard soft
 * assertions in one class:
 *
 * <pre>{@code
 * public class MySoftAssertions extends AbstractSoftAssertions
 *         implements StandardSoftAssertionsProvider, CrochetSoftAssertionsProvider {
 * }
 * }</pre>
 */
public interface CrochetSoftAssertionsProvider extends SoftAssertionsProvider {

	default SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
		return proxy(SchemaSnapshotAssert.class, SchemaSnapshot.class, actual);
	}

	default NodeSchemaAssert assertThat(NodeSchema actual) {
		return proxy(NodeSchemaAssert.class, NodeSchema.class, actual);
	}

	default RelationshipEntitySchemaAssert assertThat(RelationshipEntitySchema actual) {
		return proxy(RelationshipEntitySchemaAssert.class, RelationshipEntitySchema.class, actual);
	}

	default PropertySchemaAssert assertThat(PropertySchema actual) {
		return proxy(PropertySchemaAssert.class, PropertySchema.class, actual);
	}

	default ResolvedMigrationAssert assertThat(ResolvedMigration actual) {
		return proxy(ResolvedMigrationAssert.class, ResolvedMigration.class, actual);
	}

	default MigrationChainAssert assertThat(MigrationChain actual) {
		return proxy(MigrationChainAssert.class, MigrationChain.class, actual);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	default MigrationsAssert assertThatMigrations(Collection<ResolvedMigration> actual) {
		return proxy(MigrationsAssert.class, (Class) Collection.class, actual);
	}

	default GraphAssert assertThat(Driver actual) {
		return proxy(GraphAssert.class, Driver.class, actual);
	}

	default LiveSchemaAssert assertThat(LiveSchema actual) {
		return proxy(LiveSchemaAssert.class, LiveSchema.class, actual);
	}

	default LedgerAssert assertThat(LedgerView actual) {
		return proxy(LedgerAssert.class, LedgerView.class, actual);
	}

	default RoundTripReportAssert assertThat(RoundTripReport actual) {
		return proxy(RoundTripReportAssert.class, RoundTripReport.class, actual);
	}

	default DriftAssert assertThat(Drift actual) {
		return proxy(DriftAssert.class, Drift.class, actual);
	}

}

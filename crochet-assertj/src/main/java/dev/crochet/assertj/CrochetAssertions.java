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
import org.neo4j.driver.Driver;

import java.util.Collection;

/**
 * The entry point to Crochet's assertions: schema snapshots, migrations and chains, the
 * live graph, the ledger, round-trip reports and drift.
 *
 * <pre>{@code
 * import static dev.crochet.assertj.CrochetAssertions.assertThat;
 *
 * assertThat(ModelReader.read("com.example.model")).node("person_v1").hasProperty("name").isUnique();
 * assertThat(crochet.chain()).hasSingleHead().isRollbackSafe();
 * assertThat(crochet.driver()).hasUniqueConstraint("Person", "name").hasNoNodesInBatch("people");
 * assertThat(crochet.ledger()).isAtRevision("0003_rename");
 * assertThat(crochet.roundTrip(RoundTripMode.STEPWISE)).leavesNoTrace();
 * assertThat(crochet.drift()).hasNoDrift();
 * }</pre>
 *
 * For soft assertions use {@link CrochetSoftAssertions}.
 */
public final class CrochetAssertions {

	private CrochetAssertions() {
	}

	public static SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
		return new SchemaSnapshotAssert(actual);
	}

	public static NodeSchemaAssert assertThat(NodeSchema actual) {
		return new NodeSchemaAssert(actual);
	}

	public static RelationshipEntitySchemaAssert assertThat(RelationshipEntitySchema actual) {
		return new RelationshipEntitySchemaAssert(actual);
	}

	public static PropertySchemaAssert assertThat(PropertySchema actual) {
		return new PropertySchemaAssert(actual);
	}

	public static ResolvedMigrationAssert assertThat(ResolvedMigration actual) {
		return new ResolvedMigrationAssert(actual);
	}

	public static MigrationChainAssert assertThat(MigrationChain actual) {
		return new MigrationChainAssert(actual);
	}

	/**
	 * Migrations not yet built into a chain (named apart from {@code assertThat} so it
	 * never competes with AssertJ's collection assertions).
	 */
	public static MigrationsAssert assertThatMigrations(Collection<ResolvedMigration> actual) {
		return new MigrationsAssert(actual);
	}

	/** The live graph of the driver's default database. */
	public static GraphAssert assertThat(Driver actual) {
		return new GraphAssert(actual);
	}

	public static LiveSchemaAssert assertThat(LiveSchema actual) {
		return new LiveSchemaAssert(actual);
	}

	public static LedgerAssert assertThat(LedgerView actual) {
		return new LedgerAssert(actual);
	}

	public static RoundTripReportAssert assertThat(RoundTripReport actual) {
		return new RoundTripReportAssert(actual);
	}

	public static DriftAssert assertThat(Drift actual) {
		return new DriftAssert(actual);
	}

}

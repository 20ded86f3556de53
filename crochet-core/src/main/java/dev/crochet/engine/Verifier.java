package dev.crochet.engine;

import dev.crochet.CrochetException;
import dev.crochet.Direction;
import dev.crochet.Drift;
import dev.crochet.VerifyReport;
import dev.crochet.VerifyReport.Check;
import dev.crochet.cypher.Operation;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerDamagedException;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every consistency rule of {@code verify}, each a named {@link Check}; a broken rule is
 * reported, never thrown, so one run shows everything that is wrong.
 */
public final class Verifier {

	private final Engine engine;

	public Verifier(Engine engine) {
		this.engine = engine;
	}

	public VerifyReport verify() {
		List<Check> checks = new ArrayList<>();
		MigrationChain chain;
		try {
			chain = engine.chain().get();
			checks.add(new Check("migration chain is linear", true, List.of()));
		}
		catch (CrochetException ex) {
			checks.add(new Check("migration chain is linear", false, List.of(ex.getMessage())));
			return new VerifyReport(checks);
		}
		Ledger ledger = engine.ledger().get();
		String intact = ledger.file().isPresent() ? "ledger file intact" : "graph ledger intact";
		try {
			ledger.requireIntact();
			checks.add(check(intact, List.of()));
		}
		catch (LedgerDamagedException ex) {
			// Every other check reads the ledger: on a damaged file their answers mean
			// nothing.
			checks.add(check(intact, List.of(ex.finding())));
			return new VerifyReport(checks);
		}
		// Read once: every check below that asks about applied revisions or the head asks
		// this list.
		AppliedRevisions revisions = AppliedRevisions.read(ledger);
		List<AppliedMigration> applied = revisions.list();
		checks.add(check("applied revisions still exist", AppliedCheck.missing(chain, applied)));
		checks.add(check("ledger chain intact", AppliedCheck.order(chain, applied)));
		checks.add(check("checksums unchanged", AppliedCheck.checksums(chain, applied)));
		checks.add(check("schema hashes consistent", AppliedCheck.schemaHashes(chain, applied)));
		checks.add(check("nothing pending",
				chain.migrations()
					.stream()
					.filter(m -> !revisions.contains(m.id()))
					.map(m -> "Revision " + m.id() + " is pending")
					.toList()));
		checks.add(check("ledger and graph agree", graphAgreement(revisions)));
		// The data, not only the heads: a run that died, a lock still held, a batch whose
		// entities the
		// graph does not hold as the ledger says (issue 15: a killed ingest once passed
		// as "no problems").
		DataCheck data = engine.dataCheck(ledger);
		checks.add(check("no run interrupted", data.interrupted()));
		checks.add(check("no lock held", data.locks()));
		checks.add(check("batches match the graph", data.batches()));
		checks.add(check("each batch belongs to one revision", batchOwners(chain, revisions, ledger)));
		checks.add(check("batch source files unchanged", batchSources(ledger, engine.batchSources())));
		SchemaSnapshot models = engine.models().get();
		if (models != null) {
			Drift modelDrift = engine.drift(false);
			if (!modelDrift.modelsChecked()) {
				// A hand-written head declares no hash: say that nothing was compared
				// rather than "ok" or a failure.
				checks.add(check(Drift.MODELS_NOT_CHECKED, List.of()));
			}
			else {
				checks.add(check("models match the head migration",
						modelDrift.modelsAheadOfMigrations() ? List.of(modelDrift.describe()) : List.of()));
			}
			Drift live = engine.drift(true);
			List<String> liveProblems = new ArrayList<>();
			live.missingInGraph().forEach(e -> liveProblems.add("Missing in the graph: " + e.describe()));
			live.unexpectedInGraph().forEach(e -> liveProblems.add("Not declared by the models: " + e.describe()));
			checks.add(check("live schema matches the models", liveProblems));
			// One passing check per ignored element: listed, as ignored items always are,
			// without counting as a problem.
			live.ignoredInGraph().forEach(i -> checks.add(check(i.describe(), List.of())));
		}
		return new VerifyReport(checks);
	}

	private List<String> graphAgreement(AppliedRevisions applied) {
		String ledgerHead = applied.headRevision();
		Optional<String> graphHead = engine.graphHead();
		if (Objects.equals(ledgerHead, graphHead.orElse(null))) {
			return List.of();
		}
		return List.of("The ledger records head " + (ledgerHead == null ? "none" : ledgerHead)
				+ " but the graph records head " + graphHead.orElse("none"));
	}

	/**
	 * Compared per revision as well as per batch: two revisions sharing a tag could
	 * otherwise hold counts that agree while one revision's data is gone.
	 */
	private List<String> batchOwners(MigrationChain chain, AppliedRevisions revisions, Ledger ledger) {
		Map<String, List<Operation>> declared = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (AppliedMigration applied : revisions.list()) {
			if (chain.contains(applied.revision())) {
				try {
					declared.put(applied.revision(), engine.declaredOperations(applied.revision(), Direction.UPGRADE));
				}
				catch (CrochetException ex) {
					// A migration that cannot declare its operations now (its batch's
					// source file is gone) is reported by the check that concerns it.
				}
			}
		}
		Set<String> applied = new HashSet<>();
		revisions.list().forEach(a -> applied.add(a.revision()));
		problems.addAll(BatchOwnership.problems(declared, applied, ledger));
		return problems;
	}

	private static List<String> batchSources(Ledger ledger, BatchSources sources) {
		List<String> problems = new ArrayList<>();
		for (BatchRecord batch : ledger.batches()) {
			if (batch.status() != BatchStatus.COMMITTED || batch.sourceFile() == null) {
				continue;
			}
			Path file = sources.resolve(batch.sourceFile());
			if (!Files.exists(file)) {
				problems.add("Batch " + batch.batchId() + ": source file " + file + " no longer exists");
			}
			else if (!BatchSources.checksum(file).equals(batch.checksum())) {
				problems.add("Batch " + batch.batchId() + ": source file " + file
						+ " has changed since it was loaded (checksum " + batch.checksum() + " in the ledger)");
			}
		}
		return problems;
	}

	private static Check check(String name, List<String> problems) {
		return new Check(name, problems.isEmpty(), problems);
	}

}

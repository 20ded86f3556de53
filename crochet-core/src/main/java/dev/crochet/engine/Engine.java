package dev.crochet.engine;

import dev.crochet.BatchCount;
import dev.crochet.Direction;
import dev.crochet.Drift;
import dev.crochet.LockedException;
import dev.crochet.MigrationFailedException;
import dev.crochet.MigrationResult;
import dev.crochet.ProgressListener;
import dev.crochet.RevisionRun;
import dev.crochet.RevisionState;
import dev.crochet.RollbackUnsafeException;
import dev.crochet.Status;
import dev.crochet.UnknownRevisionException;
import dev.crochet.UnsupportedEditionException;
import dev.crochet.ValidationException;
import dev.crochet.cypher.BeginBatch;
import dev.crochet.cypher.Operation;
import dev.crochet.cypher.OperationRecorder;
import dev.crochet.cypher.RunCypher;
import dev.crochet.cypher.Statement;
import dev.crochet.diff.SchemaDiff;
import dev.crochet.ir.SchemaSnapshot;
import dev.crochet.ledger.AppliedMigration;
import dev.crochet.ledger.BatchRecord;
import dev.crochet.ledger.BatchStatus;
import dev.crochet.ledger.Ledger;
import dev.crochet.ledger.LedgerEvent;
import dev.crochet.ledger.RunLock;
import dev.crochet.ledger.StepIntent;
import dev.crochet.ledger.UnfinishedCall;
import dev.crochet.live.LiveSchema;
import dev.crochet.live.SchemaElement;
import dev.crochet.live.SchemaIgnore;
import dev.crochet.migration.MigrationChain;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.Difference;
import dev.crochet.roundtrip.Fingerprint;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the driver, the ledger, the rendered operations and the chain meet: upgrade,
 * downgrade, status, drift. Each verb validates everything it can before it changes
 * anything.
 */
public final class Engine {

	/** Downgrade target meaning "revert every revision". */
	public static final String BASE = "base";

	/** How often a run waiting for a lock tries again. */
	private static final long LOCK_POLL_MILLIS = 200;

	private final Supplier<Graph> graph;

	private final Supplier<Ledger> ledger;

	private final Supplier<MigrationChain> chain;

	private final Supplier<SchemaSnapshot> models;

	private final Function<String, Optional<SchemaSnapshot>> snapshots;

	private final int chunkSize;

	private final ProgressListener listener;

	private final SchemaIgnore ignoreSchema;

	/** Where batch source files are recorded relative to, and read back from. */
	private final BatchSources batchSources;

	/**
	 * Mutation testing only: the revision whose downgrade runs {@link #replacedDowngrade}
	 * instead; else null.
	 */
	private final String replacedRevision;

	private final List<Operation> replacedDowngrade;

	/**
	 * How long a run waits for another run's lock (ledger or graph) before it fails with
	 * {@link LockedException}: zero fails at once.
	 */
	private final Duration lockWait;

	/**
	 * @param models null supplier result means "no models configured"
	 * @param snapshots the schema snapshot of a hash, from the ledger or the snapshot
	 * files
	 */
	public Engine(Supplier<Graph> graph, Supplier<Ledger> ledger, Supplier<MigrationChain> chain,
			Supplier<SchemaSnapshot> models, Function<String, Optional<SchemaSnapshot>> snapshots, int chunkSize,
			ProgressListener listener) {
		this(graph, ledger, chain, models, snapshots, chunkSize, listener, SchemaIgnore.NONE, Path.of(""));
	}

	/**
	 * @param ignoreSchema constraints and indexes that drift lists as ignored rather than
	 * as drift
	 * @param projectDirectory the folder batch source files are recorded relative to
	 */
	public Engine(Supplier<Graph> graph, Supplier<Ledger> ledger, Supplier<MigrationChain> chain,
			Supplier<SchemaSnapshot> models, Function<String, Optional<SchemaSnapshot>> snapshots, int chunkSize,
			ProgressListener listener, SchemaIgnore ignoreSchema, Path projectDirectory) {
		this(graph, ledger, chain, models, snapshots, chunkSize, listener, ignoreSchema,
				new BatchSources(projectDirectory), null, List.of(), Duration.ZERO);
	}

	private Engine(Supplier<Graph> graph, Supplier<Ledger> ledger, Supplier<MigrationChain> chain,
			Supplier<SchemaSnapshot> models, Function<String, Optional<SchemaSnapshot>> snapshots, int chunkSize,
			ProgressListener listener, SchemaIgnore ignoreSchema, BatchSources batchSources, String replacedRevision,
			List<Operation> replacedDowngrade, Duration lockWait) {
		this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
		this.ignoreSchema = Objects.requireNonNull(ignoreSchema, "ignoreSchema");
		this.batchSources = batchSources;
		this.replacedRevision = replacedRevision;
		this.replacedDowngrade = List.copyOf(replacedDowngrade);
		this.graph = graph;
		this.ledger = ledger;
		this.chain = chain;
		this.models = models;
		this.snapshots = snapshots;
		this.chunkSize = chunkSize;
		this.listener = listener;
	}

	// ---- upgrade
	// -----------------------------------------------------------------------------

	public MigrationResult upgrade(String target, boolean dryRun) {
		MigrationChain chain = this.chain.get();
		// Every model is read (and its @KgId checked) before the first statement, not
		// when the first
		// revision is recorded: a bad model must stop the run before anything is applied.
		models.get();
		Ledger ledger = this.ledger.get();
		if (target != null && !chain.contains(target)) {
			throw unknown(target, chain);
		}
		if (dryRun) {
			AppliedRevisions applied = AppliedRevisions.read(ledger);
			validateApplied(chain, applied);
			checkGraphAgreesUnlocked(ledger, chain, applied);
			List<RevisionPlan> plans = plan(chain.pending(applied.headRevision(), target), Direction.UPGRADE);
			return dryRunResult(Direction.UPGRADE, plans, applied.headRevision(), target);
		}
		return locked(ledger, run -> {
			validateApplied(chain, run.applied);
			checkGraphAgrees(ledger, chain, run);
			String before = run.applied.headRevision();
			Optional<Recovery.Outcome> recovery = recover(ledger, chain, run);
			String recovered = recovery.map(o -> recoveryNote(o)).orElse("") + finishCall(ledger, chain, run);
			List<RevisionRun> runs = new ArrayList<>();
			recovery.flatMap(Recovery.Outcome::finished)
				.filter(r -> r.direction() == Direction.UPGRADE)
				.ifPresent(runs::add);
			String now = run.applied.headRevision();
			if (target != null && run.applied.contains(target)) {
				return new MigrationResult(Direction.UPGRADE, false, runs, before, now,
						recovered + "Target " + target + " is already applied; nothing to do (head is " + now + ")");
			}
			List<ResolvedMigration> pending = chain.pending(now, target);
			if (pending.isEmpty()) {
				return new MigrationResult(Direction.UPGRADE, false, runs, before, now,
						recovered + (now == null ? "No migrations to apply" : "Already up to date; head is " + now));
			}
			List<RevisionPlan> plans = planRecordingFailure(ledger, pending, Direction.UPGRADE);
			checkEdition(plans);
			BatchOwnership.refuseForeignBatches(plans, ledger, graph.get());
			run.recordHead = true;
			ledger.beginCall(Direction.UPGRADE.name(), ids(plans), run.taken.owner());
			runs.addAll(runAll(ledger, plans, Direction.UPGRADE,
					(plan, revision) -> recordUpgrade(ledger, run, plan.migration(), revision), run.taken.owner()));
			String after = run.applied.headRevision();
			return new MigrationResult(Direction.UPGRADE, false, runs, before, after, recovered + "Applied "
					+ runs.size() + " revision" + (runs.size() == 1 ? "" : "s") + "; head is " + after);
		});
	}

	/**
	 * Records {@code migration} as applied, in the ledger and in what {@code locked}
	 * holds of it.
	 */
	private void recordUpgrade(Ledger ledger, LockedRun locked, ResolvedMigration migration, RevisionRun run) {
		AppliedMigration applied = new AppliedMigration(migration.id(), migration.parent(), migration.description(),
				migration.schemaHash(), migration.checksum(), migration.rollbackSafe(), Instant.now(),
				run.durationMillis());
		ledger.recordUpgrade(applied, LedgerEvent.of("UPGRADE", migration.id(), "OK", run.durationMillis() + " ms"));
		locked.applied = locked.applied.plus(applied);
		SchemaSnapshot snapshot = models.get();
		if (snapshot != null && migration.schemaHash() != null && migration.schemaHash().equals(snapshot.hash())) {
			ledger.saveSnapshot(snapshot.hash(), snapshot.toCanonicalJson());
		}
	}

	// ---- downgrade
	// ---------------------------------------------------------------------------

	public MigrationResult downgrade(String target, boolean dryRun) {
		MigrationChain chain = this.chain.get();
		Ledger ledger = this.ledger.get();
		if (dryRun) {
			AppliedRevisions applied = AppliedRevisions.read(ledger);
			validateApplied(chain, applied);
			checkGraphAgreesUnlocked(ledger, chain, applied);
			return dryRunResult(Direction.DOWNGRADE, plan(revertible(chain, applied, target), Direction.DOWNGRADE),
					applied.headRevision(), target);
		}
		return locked(ledger, run -> {
			validateApplied(chain, run.applied);
			checkGraphAgrees(ledger, chain, run);
			String before = run.applied.headRevision();
			// "One step down" means from the head as it stood, an interrupted downgrade
			// of it included.
			String resolvedTarget = target != null ? target : oneBelowHead(run.applied);
			Optional<Recovery.Outcome> recovery = recover(ledger, chain, run);
			String recovered = recovery.map(o -> recoveryNote(o)).orElse("") + finishCall(ledger, chain, run);
			List<RevisionRun> runs = new ArrayList<>();
			Optional<RevisionRun> finished = recovery.flatMap(Recovery.Outcome::finished);
			finished.filter(r -> r.direction() == Direction.DOWNGRADE).ifPresent(runs::add);
			// A revision the recovery finished moved the head: one step down still means
			// from the head as the call found it.
			List<ResolvedMigration> toRevert = finished.isEmpty() || target != null
					? revertible(chain, run.applied, target) : revertible(chain, run.applied, resolvedTarget);
			if (toRevert.isEmpty() && runs.isEmpty()) {
				return new MigrationResult(Direction.DOWNGRADE, false, List.of(), before, before,
						recovered + (before == null ? "Nothing to downgrade: no revision is applied"
								: "Target " + target + " is the head already; nothing to downgrade"));
			}
			List<RevisionPlan> plans = planRecordingFailure(ledger, toRevert, Direction.DOWNGRADE);
			checkEdition(plans);
			BatchOwnership.refuseForeignBatches(plans, ledger, graph.get());
			run.recordHead = true;
			BatchesOf recorded = new BatchesOf(ledger);
			ledger.beginCall(Direction.DOWNGRADE.name(), ids(plans), run.taken.owner());
			runs.addAll(runAll(ledger, plans, Direction.DOWNGRADE,
					(plan, revision) -> recordDowngrade(ledger, run, plan.migration(), revision, recorded.of(plan)),
					run.taken.owner()));
			String after = run.applied.headRevision();
			return new MigrationResult(Direction.DOWNGRADE, false, runs, before, after,
					recovered + "Reverted " + runs.size() + " revision" + (runs.size() == 1 ? "" : "s") + "; head is "
							+ (after == null ? "base" : after));
		});
	}

	/**
	 * The revisions a downgrade reverts, head first, after checking that every one of
	 * them exists and is rollback-safe: an unsafe one refuses the whole call before
	 * anything is reverted.
	 */
	private List<ResolvedMigration> revertible(MigrationChain chain, AppliedRevisions revisions, String target) {
		List<AppliedMigration> applied = revisions.list();
		if (applied.isEmpty()) {
			if (target != null && !BASE.equals(target) && !chain.contains(target)) {
				throw unknown(target, chain);
			}
			return List.of();
		}
		int keep;
		if (target == null) {
			keep = applied.size() - 1;
		}
		else if (BASE.equals(target)) {
			keep = 0;
		}
		else {
			keep = revisions.indexOf(target) + 1;
			if (keep == 0) {
				if (!chain.contains(target)) {
					throw unknown(target, chain);
				}
				throw new UnknownRevisionException(
						"Target revision " + target + " is not applied, so there is nothing to downgrade to (head is "
								+ revisions.headRevision() + ")");
			}
		}
		List<ResolvedMigration> revert = new ArrayList<>();
		for (int i = applied.size() - 1; i >= keep; i--) {
			String id = applied.get(i).revision();
			revert.add(chain.get(id)
				.orElseThrow(() -> new ValidationException("Cannot revert revision " + id
						+ ": it is recorded as applied but no migration defines it any more")));
		}
		List<String> unsafe = revert.stream().filter(m -> !m.rollbackSafe()).map(ResolvedMigration::id).toList();
		if (!unsafe.isEmpty()) {
			throw new RollbackUnsafeException(
					"Cannot downgrade " + describeTarget(target) + ": revision" + (unsafe.size() == 1 ? " " : "s ")
							+ String.join(", ", unsafe) + (unsafe.size() == 1 ? " is" : " are")
							+ " not rollback-safe (rollbackSafe = false). Nothing was reverted.");
		}
		return revert;
	}

	/**
	 * The revision below the ledger's head, {@link #BASE} when the head is the only one,
	 * null when none is applied.
	 */
	private static String oneBelowHead(AppliedRevisions revisions) {
		List<AppliedMigration> applied = revisions.list();
		return applied.isEmpty() ? null : applied.size() == 1 ? BASE : applied.get(applied.size() - 2).revision();
	}

	private static String describeTarget(String target) {
		return target == null ? "the head" : BASE.equals(target) ? "to base" : "to " + target;
	}

	/**
	 * Records {@code migration} as reverted, in the ledger and in what {@code locked}
	 * holds of it.
	 */
	private void recordDowngrade(Ledger ledger, LockedRun locked, ResolvedMigration migration, RevisionRun run) {
		recordDowngrade(ledger, locked, migration, run, ledger.batchesOf(migration.id()));
	}

	/**
	 * Records {@code migration} as reverted, after counting the graph for each of its
	 * {@code batches} (what the ledger recorded for it).
	 */
	private void recordDowngrade(Ledger ledger, LockedRun locked, ResolvedMigration migration, RevisionRun run,
			List<BatchRecord> batches) {
		// A batch is marked deleted only once the graph is counted at zero for it: a
		// downgrade that leaves some of it behind keeps the batch committed, which verify
		// then reports, rather than a ledger that claims data is gone while the graph
		// holds it.
		Set<String> stillInGraph = new LinkedHashSet<>();
		List<String> kept = new ArrayList<>();
		for (BatchRecord batch : batches) {
			long left = batch.status() == BatchStatus.DELETED ? 0
					: BatchCensus.countEverywhere(graph.get(), batch.batchId());
			if (left > 0) {
				stillInGraph.add(batch.batchId());
				kept.add(batch.batchId() + " (" + left + " entities left)");
			}
		}
		ledger.recordDowngrade(migration.id(),
				LedgerEvent.of("DOWNGRADE", migration.id(), "OK",
						run.durationMillis() + " ms" + (kept.isEmpty() ? ""
								: "; batches still in the graph, kept as recorded: " + String.join(", ", kept))),
				stillInGraph);
		locked.applied = locked.applied.minus(migration.id());
	}

	// ---- shared steps
	// ------------------------------------------------------------------------

	/**
	 * Runs the planned revisions in order, recording each in the ledger as soon as it
	 * succeeded.
	 */
	private List<RevisionRun> runAll(Ledger ledger, List<RevisionPlan> plans, Direction direction,
			BiConsumer<RevisionPlan, RevisionRun> record, String owner) {
		RevisionExecutor executor = new RevisionExecutor(graph.get(), ledger, listener, owner, batchSources);
		List<RevisionRun> runs = new ArrayList<>();
		int index = 0;
		for (RevisionPlan plan : plans) {
			listener.revisionStarted(plan.revision(), direction, ++index, plans.size());
			RevisionRun revision = executor.run(plan);
			record.accept(plan, revision);
			FaultPoints.reach("revision-recorded");
			executor.clearProgress();
			listener.revisionFinished(plan.revision(), direction, revision.durationMillis());
			runs.add(revision);
		}
		return runs;
	}

	/**
	 * As {@link #plan}, recording a migration that throws while declaring in the event
	 * log.
	 */
	private List<RevisionPlan> planRecordingFailure(Ledger ledger, List<ResolvedMigration> migrations,
			Direction direction) {
		try {
			return plan(migrations, direction);
		}
		catch (MigrationFailedException ex) {
			String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
			ledger.append(LedgerEvent.of("FAILURE", ex.revision(), "FAILED",
					verb + ": declaring failed: " + ex.getCause().getMessage()));
			throw ex;
		}
	}

	private List<RevisionPlan> plan(List<ResolvedMigration> migrations, Direction direction) {
		List<RevisionPlan> plans = new ArrayList<>();
		for (ResolvedMigration migration : migrations) {
			OperationRecorder recorder = new OperationRecorder(migration.id(), chunkSize,
					implicitBatchIds(migration.id(), direction));
			try {
				if (direction == Direction.UPGRADE) {
					migration.migration().upgrade(recorder);
				}
				else {
					migration.migration().downgrade(recorder);
				}
			}
			catch (RuntimeException ex) {
				String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
				throw new MigrationFailedException(migration.id(), null, "Revision " + migration.id()
						+ " failed while declaring its " + verb + " operations (nothing was run): " + ex.getMessage(),
						ex);
			}
			boolean replaced = direction == Direction.DOWNGRADE && migration.id().equals(replacedRevision);
			plans.add(new RevisionPlan(migration, direction, replaced ? replacedDowngrade : recorder.operations()));
		}
		return plans;
	}

	/**
	 * Ids for the batches a revision begins without naming them: {@code <revision>#1},
	 * {@code #2}, ... in the order they are begun ({@code <revision>#down-1} ... in a
	 * downgrade). The same on every run, so a round trip compares the second upgrade's
	 * batches with the first's, and a downgrade can delete them by name; a random id
	 * would differ on each run and make every such batch look new.
	 */
	private static Supplier<String> implicitBatchIds(String revision, Direction direction) {
		int[] next = { 0 };
		String prefix = revision + (direction == Direction.UPGRADE ? "#" : "#down-");
		return () -> prefix + (++next[0]);
	}

	private void checkEdition(List<RevisionPlan> plans) {
		for (RevisionPlan plan : plans) {
			if (plan.needsEnterprise() && !graph.get().enterprise()) {
				Operation operation = plan.operations()
					.stream()
					.filter(Operation::enterpriseOnly)
					.findFirst()
					.orElseThrow();
				throw new UnsupportedEditionException("Revision " + plan.revision() + " uses '" + operation.describe()
						+ "', which needs Neo4j Enterprise Edition; this server is Community Edition. Nothing was run.");
			}
		}
	}

	private MigrationResult dryRunResult(Direction direction, List<RevisionPlan> plans, String head, String target) {
		List<RevisionRun> runs = plans.stream()
			.map(p -> new RevisionRun(p.revision(), p.migration().description(), direction, dryRunCypher(p), 0))
			.toList();
		String verb = direction == Direction.UPGRADE ? "apply" : "revert";
		String recovery = ledger.get()
			.intent()
			.map(i -> "A run died during the " + i.describe() + "; a real run recovers it before anything else. ")
			.orElse("");
		String message = recovery + (runs.isEmpty() ? "Dry run: nothing to " + verb : "Dry run: would " + verb + " "
				+ runs.size() + " revision" + (runs.size() == 1 ? "" : "s") + "; nothing was executed");
		return new MigrationResult(direction, true, runs, head, head, message);
	}

	/**
	 * The statements a revision would run. A label rename also moves Crochet's
	 * constraints and indexes on the old label, which only the live schema tells (read,
	 * not changed); schema that an earlier revision of the same dry run would create is
	 * not there yet, so it is not listed.
	 */
	private List<String> dryRunCypher(RevisionPlan plan) {
		return plan.operations()
			.stream()
			.flatMap(o -> LabelSchemaMove.of(graph.get(), o).stream())
			.map(Statement::cypher)
			.toList();
	}

	/**
	 * Applied revisions must still be the start of the chain, unchanged: anything else
	 * means the code and the ledger disagree and running would make it worse.
	 */
	private static void validateApplied(MigrationChain chain, AppliedRevisions applied) {
		List<String> problems = AppliedCheck.problems(chain, applied.list());
		if (!problems.isEmpty()) {
			throw new ValidationException("The applied migrations no longer match the code; nothing was run:"
					+ System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
		}
	}

	/**
	 * A graph that lags behind the ledger after a run died on it is caught up (the head
	 * is written when the lock is released); any other disagreement means another
	 * history.
	 */
	private void checkGraphAgrees(Ledger ledger, MigrationChain chain, LockedRun run) {
		String ledgerHead = run.applied.headRevision();
		String graphHead = run.taken.head();
		if (Objects.equals(ledgerHead, graphHead)) {
			// A run that died before recording anything: nothing to catch up, but its
			// mark can go.
			run.recordHead = run.taken.interrupted();
			return;
		}
		if (run.taken.interrupted() && lagsAfterInterruptedRun(run.applied, chain, graphHead)) {
			run.recordHead = true;
			ledger.append(LedgerEvent.of("REPAIR", ledgerHead, "OK", "graph head mirror caught up from "
					+ (graphHead == null ? "none" : graphHead) + " after an interrupted run"));
			return;
		}
		throw differentHistories(ledger, ledgerHead, graphHead);
	}

	/**
	 * The check {@link #checkGraphAgrees} makes under the lock, made without it for dry
	 * runs and status, so that a plan is never shown for a call the real run would
	 * refuse. A graph whose lock is held (a run in progress, or one that died) or that
	 * carries a dead run's mark may lag behind the ledger, as the real run would repair.
	 */
	private void checkGraphAgreesUnlocked(Ledger ledger, MigrationChain chain, AppliedRevisions applied) {
		HeadMirror mirror = new HeadMirror(graph.get());
		String ledgerHead = applied.headRevision();
		String graphHead = mirror.head().orElse(null);
		if (Objects.equals(ledgerHead, graphHead)) {
			return;
		}
		boolean mayLag = mirror.lockHolder().isPresent() || mirror.interruptedMark().isPresent();
		if (mayLag && lagsAfterInterruptedRun(applied, chain, graphHead)) {
			return;
		}
		throw differentHistories(ledger, ledgerHead, graphHead);
	}

	private static ValidationException differentHistories(Ledger ledger, String ledgerHead, String graphHead) {
		return new ValidationException(
				capitalised(ledger.location()) + " records head " + (ledgerHead == null ? "none" : ledgerHead)
						+ " but the graph records head " + (graphHead == null ? "none" : graphHead)
						+ "; they belong to different histories (wrong ledger file or database?). Nothing was run.");
	}

	/**
	 * The graph lags (rather than belongs to another history) only when a run died on it
	 * mid-call: an upgrade leaves it at a revision the ledger applied before its head (or
	 * at none), a downgrade at a revision of the chain above the ledger's head.
	 */
	private static boolean lagsAfterInterruptedRun(AppliedRevisions applied, MigrationChain chain, String graphHead) {
		if (graphHead == null) {
			return !applied.list().isEmpty();
		}
		int ledgerIndex = applied.head().map(h -> chain.indexOf(h.revision())).orElse(-1);
		return applied.contains(graphHead) || chain.indexOf(graphHead) > ledgerIndex;
	}

	/**
	 * Recovers from a run that died inside a revision (its journaled step is still in the
	 * ledger): an interrupted upgrade is undone, an interrupted downgrade finished. See
	 * {@link Recovery}.
	 */
	private Optional<Recovery.Outcome> recover(Ledger ledger, MigrationChain chain, LockedRun run) {
		Optional<StepIntent> intent = ledger.intent();
		if (intent.isEmpty()) {
			StepProgress.clearStale(graph.get());
			return Optional.empty();
		}
		String revision = intent.get().revision();
		Optional<ResolvedMigration> migration = chain.get(revision);
		RevisionExecutor executor = new RevisionExecutor(graph.get(), ledger, listener, run.taken.owner(),
				batchSources);
		Recovery recovery = new Recovery(graph.get(), ledger,
				direction -> migration.map(m -> planRecordingFailure(ledger, List.of(m), direction).get(0)),
				(plan, step, skipRows) -> {
					RevisionRun finished = executor.run(plan, step, skipRows);
					if (plan.direction() == Direction.UPGRADE) {
						recountBatches(ledger, plan);
						recordUpgrade(ledger, run, plan.migration(), finished);
					}
					else {
						recordDowngrade(ledger, run, plan.migration(), finished);
					}
					// The marks of the run that died (a resumed run that had nothing left
					// to do
					// marked none of its own).
					StepProgress.clear(graph.get());
					return finished;
				});
		Recovery.Outcome outcome = recovery.recover(intent.get(), run.applied.contains(revision));
		listener.recovered(outcome.summary());
		run.recordHead = true;
		return Optional.of(outcome);
	}

	/**
	 * Finishes a call whose run died (see {@link UnfinishedCall}): the revisions it was
	 * to upgrade and the ledger does not record, or to downgrade and the ledger still
	 * records, run now in its order, as the uninterrupted call would have run them. What
	 * it held back and lost were schema steps, which run again as they are; what it had
	 * not reached yet is what the call asked for. The call's own record is replaced by
	 * this run's, and ended once the revisions are recorded.
	 * @return a line for the result, or an empty string when no call was left
	 */
	private String finishCall(Ledger ledger, MigrationChain chain, LockedRun run) {
		Optional<UnfinishedCall> left = ledger.unfinishedCall();
		if (left.isEmpty()) {
			return "";
		}
		UnfinishedCall call = left.get();
		Direction direction = Direction.valueOf(call.direction());
		List<ResolvedMigration> rest = new ArrayList<>();
		for (String revision : call.revisions()) {
			if (run.applied.contains(revision) == (direction == Direction.DOWNGRADE)) {
				rest.add(chain.get(revision)
					.orElseThrow(() -> new ValidationException("A run that died during the " + call.describe()
							+ " left revision " + revision + " to finish, but it is not among the migrations;"
							+ " restore it and run again. Nothing was run.")));
			}
		}
		List<RevisionPlan> plans = planRecordingFailure(ledger, rest, direction);
		run.recordHead = true;
		BatchesOf recorded = new BatchesOf(ledger);
		ledger.beginCall(direction.name(), ids(plans), run.taken.owner());
		BiConsumer<RevisionPlan, RevisionRun> record = direction == Direction.UPGRADE
				? (plan, revision) -> recordUpgrade(ledger, run, plan.migration(), revision)
				: (plan, revision) -> recordDowngrade(ledger, run, plan.migration(), revision, recorded.of(plan));
		List<RevisionRun> runs = runAll(ledger, plans, direction, record, run.taken.owner());
		String summary = "finished the interrupted " + call.describe() + ": " + runs.size() + " revision"
				+ (runs.size() == 1 ? "" : "s") + " " + (direction == Direction.UPGRADE ? "applied" : "reverted");
		ledger.append(LedgerEvent.of("RECOVERY", null, "OK", summary));
		ledger.endCall();
		listener.recovered(summary);
		return "Recovered: " + summary + System.lineSeparator();
	}

	/**
	 * The batches the ledger recorded for each revision, read once before a call begins:
	 * a downgrade counts the graph for each reverted revision's batches, and a read in
	 * the middle of a call would make the graph ledger write what it held back. Read
	 * again for a revision whose downgrade itself begins a batch.
	 */
	private static final class BatchesOf {

		private final Ledger ledger;

		private final Map<String, List<BatchRecord>> byRevision = new HashMap<>();

		BatchesOf(Ledger ledger) {
			this.ledger = ledger;
			ledger.batches().forEach(b -> byRevision.computeIfAbsent(b.migrationId(), k -> new ArrayList<>()).add(b));
		}

		List<BatchRecord> of(RevisionPlan plan) {
			boolean begins = plan.operations().stream().anyMatch(BeginBatch.class::isInstance);
			return begins ? ledger.batchesOf(plan.revision()) : byRevision.getOrDefault(plan.revision(), List.of());
		}

	}

	private static List<String> ids(List<RevisionPlan> plans) {
		return plans.stream().map(RevisionPlan::revision).toList();
	}

	/**
	 * Sets each batch a resumed upgrade began to what the graph holds of it: the chunk
	 * committed just before a kill was never counted in the ledger, and a count taken
	 * from the graph is exact.
	 */
	private void recountBatches(Ledger ledger, RevisionPlan plan) {
		for (String batch : RevisionExecutor.begunBefore(plan.operations(), plan.operations().size())) {
			ledger.setBatchRecords(batch, BatchCensus.countEverywhere(graph.get(), batch));
		}
	}

	/**
	 * Settles a step that a kill left in doubt (raw Cypher, which Crochet cannot tell
	 * whether it committed): {@code ran} says it did, so the interrupted run goes on
	 * after it, or it did not, so the step runs again. Taken under both locks; the next
	 * upgrade or downgrade then finishes the run.
	 * @return what was recorded, in a sentence
	 */
	public String resolveInterruptedStep(boolean ran) {
		Ledger ledger = this.ledger.get();
		return locked(ledger, run -> {
			StepIntent intent = ledger.intent()
				.filter(i -> !i.undoing())
				.orElseThrow(() -> new ValidationException(
						"No interrupted step waits for a decision: the journal holds no run that died in raw Cypher"));
			StepProgress progress = new StepProgress(graph.get(), intent.runKey());
			int step = Math.max(intent.step(), progress.read().completed());
			Optional<Operation> operation = this.chain.get()
				.get(intent.revision())
				.map(m -> plan(List.of(m), intent.upgrade() ? Direction.UPGRADE : Direction.DOWNGRADE).get(0))
				.filter(p -> step < p.operations().size())
				.map(p -> p.operations().get(step));
			if (operation.isEmpty() || !(operation.get() instanceof RunCypher)) {
				throw new ValidationException("No interrupted step waits for a decision: the " + intent.describe()
						+ " is recovered by the next upgrade or downgrade as it is");
			}
			progress.decide(step, ran);
			String summary = "step " + (step + 1) + " of the interrupted " + intent.describe() + " recorded as "
					+ (ran ? "run: the next run goes on after it" : "not run: the next run runs it again");
			ledger.append(LedgerEvent.of("RESOLVE", intent.revision(), "OK", summary));
			return summary;
		});
	}

	private static String recoveryNote(Recovery.Outcome outcome) {
		return "Recovered: " + outcome.summary() + System.lineSeparator();
	}

	/**
	 * One locked call: what the graph recorded when the lock was taken, the ledger's
	 * applied revisions (read once, under both locks, then kept up to date with what the
	 * call records), and whether to record the head at the end.
	 */
	private static final class LockedRun {

		final GraphLock.Taken taken;

		AppliedRevisions applied;

		/** Set once the call changes (or repairs) what the head is. */
		boolean recordHead;

		LockedRun(GraphLock.Taken taken, AppliedRevisions applied) {
			this.taken = taken;
			this.applied = applied;
		}

	}

	/**
	 * Runs {@code work} holding the ledger lock, then the graph lock; all graph work
	 * shares one session.
	 */
	private <T> T locked(Ledger ledger, Function<LockedRun, T> work) {
		// Before the lock is written and the graph touched: a damaged ledger could not
		// record what the run changes.
		ledger.requireIntact();
		String owner = owner();
		long deadline = System.nanoTime() + lockWait.toNanos();
		waitingFor(deadline, () -> lockLedger(ledger, owner));
		Throwable failed = null;
		try {
			GraphLock lock = new GraphLock(graph.get());
			return graph.get().inOneSession(() -> {
				GraphLock.Taken[] taken = new GraphLock.Taken[1];
				waitingFor(deadline, () -> taken[0] = lock.acquire(owner));
				LockedRun run = new LockedRun(taken[0], AppliedRevisions.read(ledger));
				T result;
				try {
					result = work.apply(run);
				}
				catch (RuntimeException | Error ex) {
					try {
						release(lock, run, ledger, true);
					}
					catch (RuntimeException releaseFailure) {
						ex.addSuppressed(releaseFailure);
					}
					throw ex;
				}
				release(lock, run, ledger, false);
				return result;
			});
		}
		catch (RuntimeException | Error ex) {
			failed = ex;
			throw ex;
		}
		finally {
			unlockLedger(ledger, owner, failed);
		}
	}

	/**
	 * Takes a lock, trying again every {@value #LOCK_POLL_MILLIS} ms while another live
	 * run holds it, until {@code deadline}; then the last {@link LockedException} stands.
	 */
	private static void waitingFor(long deadline, Runnable take) {
		while (true) {
			try {
				take.run();
				return;
			}
			catch (LockedException ex) {
				if (System.nanoTime() + LOCK_POLL_MILLIS * 1_000_000L > deadline) {
					throw ex;
				}
				try {
					Thread.sleep(LOCK_POLL_MILLIS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * Releases the ledger's lock. When the run already failed, a failure to release (a
	 * full disk fails both) is added to that failure rather than replacing it: the first
	 * cause is the one to report.
	 */
	private static void unlockLedger(Ledger ledger, String owner, Throwable failed) {
		try {
			ledger.unlock(owner);
		}
		catch (RuntimeException ex) {
			if (failed == null) {
				throw ex;
			}
			failed.addSuppressed(ex);
		}
	}

	/**
	 * Takes the ledger's lock; a lock whose holder is provably dead (a process of this
	 * host that no longer runs) is taken over, with an event, instead of waiting for
	 * 'crochet unlock'.
	 */
	private static void lockLedger(Ledger ledger, String owner) {
		try {
			ledger.lock(owner);
		}
		catch (LockedException ex) {
			Optional<RunLock> held = ledger.lock();
			if (held.isEmpty() || !held.get().holderAlive().equals(Optional.of(false))
					|| !ledger.takeOverLock(held.get().owner(), owner)) {
				throw ex;
			}
			ledger.append(LedgerEvent.of("RECOVERY", null, "OK", "took over the run lock of " + held.get().owner()
					+ " (since " + held.get().since() + "): that process no longer runs"));
		}
	}

	/**
	 * Gives the graph lock back, recording the ledger's head (after the revisions that
	 * succeeded) if the call moved it. After a failure that head is read from the ledger
	 * again: whatever the failure cut short, what the ledger holds is what the graph must
	 * mirror.
	 */
	private static void release(GraphLock lock, LockedRun run, Ledger ledger, boolean failed) {
		try {
			// What the call held back is written before the head is mirrored: the graph
			// never mirrors a head the history does not record.
			ledger.endCall();
		}
		catch (RuntimeException ex) {
			try {
				lock.abandon(run.taken);
			}
			catch (RuntimeException again) {
				ex.addSuppressed(again);
			}
			throw ex;
		}
		FaultPoints.reach("lock-release");
		if (!run.recordHead) {
			lock.release(run.taken);
			return;
		}
		Optional<AppliedMigration> head = failed ? ledger.head() : run.applied.head();
		try {
			lock.releaseRecording(run.taken, head.map(AppliedMigration::revision).orElse(null),
					head.map(AppliedMigration::schemaHash).orElse(null));
		}
		catch (RuntimeException ex) {
			// The head stays unrecorded, so the lock turns into the mark that lets the
			// next run catch up.
			try {
				lock.abandon(run.taken);
			}
			catch (RuntimeException again) {
				ex.addSuppressed(again);
			}
			throw ex;
		}
	}

	private static String owner() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + Thread.currentThread().getName() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	private static UnknownRevisionException unknown(String target, MigrationChain chain) {
		String known = chain.isEmpty() ? "there are no migrations" : "known revisions: "
				+ String.join(", ", chain.migrations().stream().map(ResolvedMigration::id).toList());
		return new UnknownRevisionException(
				"Unknown target revision '" + target + "' (" + known + "). Nothing was run.");
	}

	// ---- mutation testing
	// --------------------------------------------------------------------

	/**
	 * The operations {@code revision}'s migration declares for {@code direction},
	 * recorded as a dry run records them (nothing runs).
	 */
	public List<Operation> declaredOperations(String revision, Direction direction) {
		MigrationChain chain = this.chain.get();
		ResolvedMigration migration = chain.get(revision).orElseThrow(() -> unknown(revision, chain));
		return plan(List.of(migration), direction).get(0).operations();
	}

	/**
	 * This engine, except that {@code revision}'s downgrade runs {@code operations}
	 * instead of what its migration declares: how a mutant downgrade is run without
	 * touching the migration's code.
	 */
	public Engine withDowngrade(String revision, List<Operation> operations) {
		return new Engine(graph, ledger, chain, models, snapshots, chunkSize, listener, ignoreSchema, batchSources,
				revision, operations, lockWait);
	}

	/**
	 * This engine, waiting up to {@code wait} for another run's lock instead of failing
	 * at once: what several instances of one application that migrate on startup need, so
	 * the ones that lose the race wait, then find nothing left to apply.
	 */
	public Engine waitingForLock(Duration wait) {
		return new Engine(graph, ledger, chain, models, snapshots, chunkSize, listener, ignoreSchema, batchSources,
				replacedRevision, replacedDowngrade, wait);
	}

	// ---- status and drift
	// --------------------------------------------------------------------

	public Status status() {
		MigrationChain chain = this.chain.get();
		Ledger ledger = this.ledger.get();
		ledger.requireIntact();
		AppliedRevisions revisions = AppliedRevisions.read(ledger);
		// As the real upgrade would refuse: a status that looks fine must not hide it.
		checkGraphAgreesUnlocked(ledger, chain, revisions);
		List<RevisionState> states = new ArrayList<>();
		for (ResolvedMigration migration : chain.migrations()) {
			Optional<AppliedMigration> applied = revisions.get(migration.id());
			states.add(new RevisionState(migration.id(), migration.description(),
					applied.isPresent() ? RevisionState.State.APPLIED : RevisionState.State.PENDING,
					migration.rollbackSafe(), applied.map(AppliedMigration::appliedAt).orElse(null)));
		}
		for (AppliedMigration applied : revisions.list()) {
			if (!chain.contains(applied.revision())) {
				states.add(new RevisionState(applied.revision(), applied.description(), RevisionState.State.MISSING,
						applied.rollbackSafe(), applied.appliedAt()));
			}
		}
		Drift drift = models.get() == null ? null : drift(true).pending(createdByPending(chain, revisions));
		DataCheck data = dataCheck(ledger);
		List<BatchCount> counts = data.counts();
		return new Status(revisions.headRevision(), states, ledger.batches(), drift, counts, ledger.lock().orElse(null),
				new HeadMirror(graph.get()).lockHolder().orElse(null), ledger.intent().orElse(null),
				ledger.lastEvent("RECOVERY").orElse(null), data.all(counts));
	}

	/**
	 * What the models declare beyond the schema of the applied head, while migrations are
	 * pending: the elements those migrations create. Empty when nothing is pending or the
	 * applied head's schema is unknown (then a missing element stays drift).
	 */
	private List<SchemaElement> createdByPending(MigrationChain chain, AppliedRevisions applied) {
		if (chain.pending(applied.headRevision(), null).isEmpty()) {
			return List.of();
		}
		Optional<SchemaSnapshot> appliedSchema = applied.head()
			.map(h -> Optional.ofNullable(h.schemaHash()).filter(x -> !x.isBlank()).flatMap(snapshots::apply))
			.orElse(Optional.of(SchemaSnapshot.empty()));
		if (appliedSchema.isEmpty()) {
			return List.of();
		}
		boolean enterprise = graph.get().enterprise();
		LiveSchema before = LiveSchema.declaredBy(appliedSchema.get(), enterprise);
		return before.missing(LiveSchema.declaredBy(models.get(), enterprise));
	}

	/**
	 * Models against the head migration (and its stored snapshot) and, if asked, the live
	 * schema.
	 */
	public Drift drift(boolean includeLiveSchema) {
		SchemaSnapshot snapshot = models.get();
		if (snapshot == null) {
			throw new ValidationException("No model packages or classes are configured, so drift cannot be checked");
		}
		MigrationChain chain = this.chain.get();
		String headHash = chain.head().map(ResolvedMigration::schemaHash).filter(h -> !h.isBlank()).orElse(null);
		// A hand-written chain declares no hashes: there is nothing to compare the models
		// with, which is not drift.
		boolean modelsChecked = chain.head().isEmpty() || headHash != null;
		SchemaSnapshot headSnapshot = headHash == null ? SchemaSnapshot.empty()
				: snapshots.apply(headHash).orElse(null);
		SchemaDiff changes = headSnapshot == null || !modelsChecked ? new SchemaDiff(List.of())
				: SchemaDiff.between(headSnapshot, snapshot);
		if (!includeLiveSchema) {
			return new Drift(snapshot.hash(), headHash, modelsChecked, changes, null, null);
		}
		// Without token lookup indexes: every database has them and no model declares
		// them (see Drift).
		LiveSchema live = liveSchema();
		LiveSchema declared = LiveSchema.declaredBy(snapshot, graph.get().enterprise());
		return new Drift(snapshot.hash(), headHash, modelsChecked, changes, live.missing(declared),
				live.unexpected(declared))
			.ignoring(ignoreSchema);
	}

	/** Whether the database is Neo4j Enterprise (existence constraints exist there). */
	public boolean enterprise() {
		return graph.get().enterprise();
	}

	/**
	 * The graph's constraints and indexes without the token lookup indexes every database
	 * has by default.
	 */
	public LiveSchema liveSchema() {
		return LiveSchemaReader.read(graph.get()).withoutTokenLookups();
	}

	public Fingerprint fingerprint() {
		return Fingerprinter.take(graph.get());
	}

	/**
	 * How the graph's state {@code now} (its current state, fingerprinted) differs from
	 * {@code before}. A change of content (values, relationship ends) comes with up to
	 * three of the entities that are new since, read from the graph: the fingerprints say
	 * that something changed, the graph shows what.
	 */
	public List<Difference> differences(Fingerprint before, Fingerprint now) {
		List<Difference> differences = before.differences(now);
		if (differences.stream().noneMatch(Difference::changed)) {
			return differences;
		}
		Map<String, List<String>> examples = Fingerprinter.examples(graph.get(), now.sketch().newIn(before.sketch()),
				3);
		return differences.stream()
			.map(d -> d.changed() && examples.containsKey(d.subject()) ? d.withExamples(examples.get(d.subject())) : d)
			.toList();
	}

	/**
	 * Empties the database (data, constraints, indexes) — for tests and throwaway stores
	 * only.
	 */
	public void cleanDatabase() {
		// No ledger check: a clean reads and writes no ledger (a test's fresh one may not
		// exist yet while the graph still holds an earlier test's head).
		DatabaseCleaner.clean(graph.get());
	}

	/**
	 * Deletes the data but keeps the schema and Crochet's own state (see
	 * {@link DatabaseCleaner#cleanData}).
	 */
	public void cleanData() {
		DatabaseCleaner.cleanData(graph.get());
	}

	/**
	 * Releases the graph's lock, whoever holds it (for a run that died), leaving the
	 * holder as the mark.
	 */
	public void forceUnlockGraph() {
		new GraphLock(graph.get()).forceRelease();
	}

	/** Runs fixture Cypher in its own auto-commit transaction. */
	public void runCypher(String cypher, Map<String, Object> parameters) {
		graph.get().run(cypher, parameters);
	}

	/**
	 * Every data problem (interrupted step, held locks, batches), as verify words them.
	 */
	public List<String> dataProblems() {
		return dataCheck(this.ledger.get()).all();
	}

	/** The data checks of {@code verify} and {@code status}. */
	DataCheck dataCheck(Ledger ledger) {
		return new DataCheck(graph.get(), ledger);
	}

	/** The graph's recorded head, for {@code verify}. */
	Optional<String> graphHead() {
		return new HeadMirror(graph.get()).head();
	}

	Supplier<Ledger> ledger() {
		return ledger;
	}

	BatchSources batchSources() {
		return batchSources;
	}

	Supplier<MigrationChain> chain() {
		return chain;
	}

	Supplier<SchemaSnapshot> models() {
		return models;
	}

	Supplier<Graph> graph() {
		return graph;
	}

	/** The schema snapshot of a hash, from the ledger or the snapshot files. */
	Function<String, Optional<SchemaSnapshot>> snapshots() {
		return snapshots;
	}

	SchemaIgnore ignoreSchema() {
		return ignoreSchema;
	}

	/** "the ledger x" as the start of a sentence. */
	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}

package dev.crochet.junit;

import dev.crochet.ledger.LedgerView;
import dev.crochet.migration.ResolvedMigration;
import dev.crochet.roundtrip.RoundTripReport;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extension behind {@link CrochetMigrated}; register it through the annotation, not
 * directly.
 *
 * <pre>
 * &#64;CrochetMigrated(migrationPackages = "com.example.migrations")
 * class MigrationsIT {
 *     &#64;Test
 *     void migrated(RoundTripReport report) {
 *         assertThat(report.leavesNoTrace()).isTrue();
 *     }
 * }
 * </pre>
 *
 * It holds no state of its own: server pools and verdicts live in the root store (one per
 * JVM and configuration, closed by JUnit at the end of the run), a class's database,
 * ledger and borrowed server in the class's store, sessions in the test's store.
 */
public final class CrochetExtension
		implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(CrochetExtension.class);

	private static final String CLASS_STATE = "class-state";

	private static final Set<Class<?>> PARAMETER_TYPES = Set.of(Driver.class, Session.class, SessionConfig.class,
			RoundTripReport.class, LedgerView.class, Migrator.class);

	/**
	 * Server keys, verdict keys and verdict locks share the root store; the record types
	 * keep them apart.
	 */
	private record ServerKey(String key) {
	}

	private record VerdictLock(Configuration.VerdictKey key) {
	}

	private record TemplateKey(Configuration.VerdictKey key) {
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return DockerCondition.evaluate(context);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		Configuration configuration = Configuration.of(testClass, ServerSpec.Environment.current(),
				context::getConfigurationParameter);
		Store store = context.getStore(NAMESPACE);
		// Store lookups fall back to enclosing contexts: a @Nested class finds its
		// enclosing class's state.
		ClassState enclosing = store.get(CLASS_STATE, ClassState.class);
		if (enclosing != null && enclosing.configuration().equals(configuration)) {
			return;
		}
		Store root = context.getRoot().getStore(NAMESPACE);
		ServerSpec spec = configuration.server();
		boolean databasePerClass = DatabasePerClass.enabled(context::getConfigurationParameter, System::getProperty);
		// Read before a server is taken: a bad value then fails the class without holding
		// one.
		boolean reuseSchema = SchemaReuse.enabled(context::getConfigurationParameter, System::getProperty);
		// Only the class that may reach the verdict scans; it does so while its server
		// starts or is waited for.
		EarlyScan scan = root.get(configuration.verdictKey(), Verdict.class) == null
				? EarlyScan.start(configuration, testClass.getClassLoader()) : null;
		Neo4jServer server;
		Runnable release;
		if (enclosing != null && enclosing.server().spec().key().equals(spec.key())) {
			// A @Nested class runs inside its enclosing class: it takes over that class's
			// server rather than waiting for another one that its enclosing class may be
			// holding.
			server = enclosing.server();
			release = () -> {
			};
		}
		else {
			ServerPool pool = root
				.getOrComputeIfAbsent(new ServerKey(spec.key()),
						key -> new ServerPool(spec,
								ServerPool.size(context::getConfigurationParameter, System::getProperty,
										Runtime.getRuntime().availableProcessors()),
								databasePerClass),
						ServerPool.class);
			Neo4jServer acquired = pool.acquire(testClass, configuration.verdictKey());
			server = acquired;
			release = () -> pool.release(acquired);
		}
		DatabaseRoute route = ClassDatabase.open(context, databasePerClass, server, release);
		boolean startedHere = server.firstUse();
		// Data fixtures are inserted after migrating: deleting the data would lose them.
		// A database of the class's own is never another class's to keep.
		MigratedTemplate template = reuseSchema && configuration.fixtures().isEmpty()
				&& route.sharesTheDefaultDatabase()
						? root.getOrComputeIfAbsent(new TemplateKey(configuration.verdictKey()),
								key -> new MigratedTemplate(), MigratedTemplate.class)
						: null;
		Verdict verdict;
		ClassState state;
		// Classes of one configuration may start together on different servers: the first
		// reaches the verdict, the others wait for it (they need it to know what to do)
		// instead of reaching it again.
		synchronized (root.getOrComputeIfAbsent(new VerdictLock(configuration.verdictKey()), key -> new Object(),
				Object.class)) {
			try {
				context.publishReportEntry(ReportEntries.SERVER, ReportEntries.server(server, startedHere));
				verdict = root.get(configuration.verdictKey(), Verdict.class);
				List<ResolvedMigration> migrations = verdict != null ? verdict.migrations()
						: scan != null ? scan.migrations() : null;
				state = new ClassState(configuration, server, route, testClass.getClassLoader(), migrations,
						verdict == null, template, release);
			}
			catch (RuntimeException | Error ex) {
				// Until the class's state holds the server (and gives it back when JUnit
				// closes it), this does.
				release.run();
				throw ex;
			}
			store.put(CLASS_STATE, state);
			if (verdict == null) {
				verdict = Verdict.reach(state, testClass);
				root.put(configuration.verdictKey(), verdict);
				Map<String, String> entries = new LinkedHashMap<>(ReportEntries.reached(verdict, configuration));
				Path directory = ReportFile.directory(context::getConfigurationParameter, System::getProperty);
				entries.put(ReportEntries.REPORT,
						ReportFile.write(directory, verdict, configuration, server, startedHere));
				entries.forEach(context::publishReportEntry);
				// Maven's surefire and failsafe do not show report entries: print them
				// once per configuration, so
				// that the console and the report's system-out say what was checked (and
				// what was not).
				System.out.println(ReportEntries.printed(testClass, entries));
				verdict.throwIfFailed();
				return;
			}
		}
		if (verdict.passed()) {
			// Same configuration, same verdict: this class only needs the migrated
			// database.
			ReportEntries.prepared(state.prepare(), verdict.head(configuration)).forEach(context::publishReportEntry);
			state.adoptReport(verdict.report());
		}
		ReportEntries.reused(verdict).forEach(context::publishReportEntry);
		verdict.throwIfFailed();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		state(context).beforeTest();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return PARAMETER_TYPES.contains(type) || isWritableLedger(type);
	}

	/**
	 * The writable ledger, its contract or a store of it (matched without naming them:
	 * nothing outside core may use them). A parameter of such a type is claimed only to
	 * be refused with what to declare instead.
	 */
	private static boolean isWritableLedger(Class<?> type) {
		return type != LedgerView.class && LedgerView.class.isAssignableFrom(type);
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		if (isWritableLedger(type)) {
			throw new ParameterResolutionException("@CrochetMigrated resolves no " + type.getName() + " parameter ("
					+ parameterContext.getParameter().getName() + " of " + parameterContext.getDeclaringExecutable()
					+ "): declare it as " + LedgerView.class.getName()
					+ ", the ledger's read-only view; only Crochet's verbs write the ledger");
		}
		ClassState state = extensionContext.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
		if (state == null) {
			throw new ParameterResolutionException("@CrochetMigrated cannot resolve " + type.getSimpleName()
					+ " parameter " + parameterContext.getParameter().getName() + " of "
					+ parameterContext.getDeclaringExecutable()
					+ ": the database is prepared in beforeAll, after a PER_CLASS test instance is constructed");
		}
		if (type == Driver.class) {
			return state.server().driver();
		}
		if (type == Session.class) {
			// On the class's own database with crochet.databasePerClass, else the default
			// one.
			Session session = state.server().driver().session(state.route().sessionConfig());
			// JUnit closes AutoCloseable store values when this context (usually the test
			// method) ends.
			extensionContext.getStore(NAMESPACE)
				.put("session#" + parameterContext.getIndex() + "@" + System.identityHashCode(session), session);
			return session;
		}
		if (type == SessionConfig.class) {
			// A driver cannot be bound to a database: sessions opened with this reach
			// the class's.
			return state.route().sessionConfig();
		}
		if (type == RoundTripReport.class) {
			return state.report();
		}
		if (type == LedgerView.class) {
			return state.crochet().ledger();
		}
		return new ClassMigrator(state);
	}

	private static ClassState state(ExtensionContext context) {
		ClassState state = context.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
		if (state == null) {
			throw new IllegalStateException(
					"No Crochet database for " + context.getUniqueId() + ": beforeAll did not run");
		}
		return state;
	}

}

package dev.crochet.junit;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The only class that touches Testcontainers, so the extension loads without it. Without
 * Docker the test class is aborted (reported as skipped), never failed and never left
 * waiting.
 */
final class ContainerServer implements AutoCloseable {

	/**
	 * The admin password of every container; the containers are throwaway and bound to
	 * loopback.
	 */
	static final String PASSWORD = "crochet-test-password";

	private final Neo4jContainer container;

	private ContainerServer(Neo4jContainer container) {
		this.container = container;
	}

	/**
	 * The container {@code spec} describes, not started: image and credentials mapped
	 * from the annotation.
	 */
	static Neo4jContainer container(ServerSpec spec) {
		return new Neo4jContainer(imageName(spec)).withAdminPassword(spec.password());
	}

	/**
	 * Any image the user names is treated as a Neo4j image (a mirror, an enterprise tag).
	 */
	static DockerImageName imageName(ServerSpec spec) {
		return DockerImageName.parse(spec.image()).asCompatibleSubstituteFor("neo4j");
	}

	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	/** Why {@code testClass} is skipped: names the class, the backend and the image. */
	static String noDocker(Class<?> testClass, ServerSpec spec) {
		return "Docker is not available, so " + testClass.getName()
				+ " (@CrochetMigrated with backend TESTCONTAINERS, image " + spec.image() + ") is skipped";
	}

	static ContainerServer start(ServerSpec spec, Class<?> testClass) {
		// DockerCondition skips such classes before they start; this covers a Docker
		// engine that went away since.
		Assumptions.assumeTrue(dockerAvailable(), () -> noDocker(testClass, spec));
		Neo4jContainer container = container(spec);
		container.start();
		return new ContainerServer(container);
	}

	String boltUri() {
		return container.getBoltUrl();
	}

	@Override
	public void close() {
		container.stop();
	}

}

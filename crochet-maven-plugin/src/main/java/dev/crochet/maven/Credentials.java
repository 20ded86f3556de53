package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Map;

/**
 * The username and password for a configured Neo4j: from a {@code settings.xml} server
 * (decrypted when encrypted), else from the same environment variables as the CLI. Never
 * from the pom. No {@code toString}: a record would print the password.
 */
final class Credentials {

	static final String ENV_URI = "CROCHET_NEO4J_URI";

	static final String ENV_USERNAME = "CROCHET_NEO4J_USERNAME";

	static final String ENV_PASSWORD = "CROCHET_NEO4J_PASSWORD";

	private final String username;

	private final String password;

	private Credentials(String username, String password) {
		this.username = username;
		this.password = password;
	}

	String username() {
		return username;
	}

	String password() {
		return password;
	}

	/**
	 * @throws MojoExecutionException when {@code serverId} names no server, or its
	 * password cannot be decrypted
	 */
	static Credentials resolve(String serverId, Settings settings, SettingsDecrypter decrypter,
			Map<String, String> environment) throws MojoExecutionException {
		if (serverId != null && !serverId.isBlank()) {
			Server server = settings == null ? null : settings.getServer(serverId.strip());
			if (server == null) {
				throw new MojoExecutionException(
						"<serverId> is '" + serverId.strip() + "', and settings.xml has no <server> with"
								+ " that id; add one with <username> and <password>, or remove <serverId> to use "
								+ ENV_USERNAME + " and " + ENV_PASSWORD);
			}
			if (decrypter != null) {
				SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
				for (SettingsProblem problem : result.getProblems()) {
					if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
						// The problem's message names the server, never the password.
						throw new MojoExecutionException("Cannot decrypt the password of <server> '" + server.getId()
								+ "': " + problem.getMessage());
					}
				}
				server = result.getServer();
			}
			return new Credentials(server.getUsername() == null ? "neo4j" : server.getUsername(), server.getPassword());
		}
		String user = environment.get(ENV_USERNAME);
		return new Credentials(user == null || user.isBlank() ? "neo4j" : user.strip(), environment.get(ENV_PASSWORD));
	}

}

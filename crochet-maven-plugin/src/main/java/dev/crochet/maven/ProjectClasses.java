package dev.crochet.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The models and migrations the build compiled, as classes: {@code target/classes} and
 * the runtime class path. The plugin's own class loader is the parent, so Crochet and
 * Neo4j-OGM are the plugin's (their annotations must be one class for the scan to see
 * them), and nothing is compiled twice.
 */
record ProjectClasses(URLClassLoader loader) implements AutoCloseable {

	static ProjectClasses of(List<String> classpathElements, ClassLoader parent) throws MojoExecutionException {
		List<URL> urls = new ArrayList<>();
		for (String element : classpathElements) {
			try {
				urls.add(new File(element).toURI().toURL());
			}
			catch (MalformedURLException ex) {
				throw new MojoExecutionException("Cannot read the class path entry " + element + ": " + ex.getMessage(),
						ex);
			}
		}
		return new ProjectClasses(new URLClassLoader("crochet-project", urls.toArray(URL[]::new), parent));
	}

	@Override
	public void close() {
		try {
			loader.close();
		}
		catch (IOException ignored) {
			// Only releases file handles; nothing to report.
		}
	}
}

package dev.crochet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Real jars for tests of class-path resources that live in a jar: each holds the class
 * {@link Anchor}, which a test loads from the jar alone and passes where a migration
 * passes its own class.
 */
public final class TestJars {

	private static final String ANCHOR = Anchor.class.getName().replace('.', '/') + ".class";

	private TestJars() {
	}

	/**
	 * Writes {@code jar} holding {@link Anchor} and one text entry per {@code resources}
	 * key (a name without a leading /).
	 */
	public static Path write(Path jar, Map<String, String> resources) throws IOException {
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream zip = new JarOutputStream(out);
				InputStream anchor = TestJars.class.getClassLoader().getResourceAsStream(ANCHOR)) {
			zip.putNextEntry(new JarEntry(ANCHOR));
			anchor.transferTo(zip);
			zip.closeEntry();
			for (Map.Entry<String, String> entry : resources.entrySet()) {
				zip.putNextEntry(new JarEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return jar;
	}

	/**
	 * {@link Anchor} as loaded from {@code jar} by a loader that sees only the jar and
	 * the platform's classes, so its resources come from the jar.
	 */
	public static Class<?> anchorIn(Path jar) throws IOException, ClassNotFoundException {
		URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				ClassLoader.getPlatformClassLoader());
		return Class.forName(Anchor.class.getName(), false, loader);
	}

	/** A class with nothing in it, for a jar to hold. */
	public static final class Anchor {

		private Anchor() {
		}

	}

}

package dev.crochet.examples.movies;

import dev.crochet.engine.CrochetVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the documentation honest: every Java, Cypher, TOML and XML sample in README.md
 * and docs/ is preceded by {@code <!-- snippet: path#tag -->} and must equal the region
 * between {@code tag::tag[]} and {@code end::tag[]} in that file (or, without
 * {@code #tag}, the whole file), which is compiled and run by the build. A sample that
 * drifts from its code fails here, with the text to paste.
 */
class DocsSnippetsTest {

	private static final Pattern MARKER = Pattern
		.compile("<!-- snippet: ([^#\\s]+)(?:#([\\w-]+))? -->\\s*\\n```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

	/**
	 * Where a consumer project's pom says which Crochet it builds against (maven-invoker
	 * fills it in); the docs show the version itself.
	 */
	private static final String VERSION_PLACEHOLDER = "@project.version@";

	private static final String CONSUMER_PROJECTS = "crochet-consumer-tests/src/it/";

	private static final String GETTING_STARTED = CONSUMER_PROJECTS + "getting-started/";

	private static final Pattern FENCE = Pattern.compile("(?m)^```(java|cypher|toml|xml)$");

	/** Any fenced sample with a language: the language and the text. */
	private static final Pattern SAMPLE = Pattern.compile("(?m)^```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("repository root with a docs/ folder above " + Path.of("").toAbsolutePath()).isNotNull();
		return dir;
	}

	static List<Path> documents() throws IOException {
		Path root = root();
		List<Path> documents = new ArrayList<>();
		documents.add(root.resolve("README.md"));
		try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		return documents;
	}

	@Test
	void everySampleMatchesTheCodeItComesFrom() throws IOException {
		Path root = root();
		int checked = 0;
		List<String> drifted = new ArrayList<>();
		for (Path document : documents()) {
			String text = Files.readString(document).replace("\r\n", "\n");
			Matcher matcher = MARKER.matcher(text);
			while (matcher.find()) {
				Path source = root.resolve(matcher.group(1));
				String region = (matcher.group(2) == null ? Files.readString(source).replace("\r\n", "\n").strip()
						: region(source, matcher.group(2)))
					.replace(VERSION_PLACEHOLDER, CrochetVersion.VERSION);
				if (!region.equals(matcher.group(4))) {
					drifted.add(root.relativize(document) + ": sample " + matcher.group(1)
							+ (matcher.group(2) == null ? "" : "#" + matcher.group(2))
							+ " differs from the code; it should read:\n" + region);
				}
				checked++;
			}
		}
		assertThat(drifted).as("samples that drifted from their code").isEmpty();
		assertThat(checked).as("samples checked").isGreaterThan(10);
	}

	@Test
	void everyCodeSampleIsTiedToCode() throws IOException {
		List<String> untied = new ArrayList<>();
		for (Path document : documents()) {
			String text = Files.readString(document).replace("\r\n", "\n");
			Matcher fence = FENCE.matcher(text);
			while (fence.find()) {
				String before = text.substring(0, fence.start()).stripTrailing();
				if (!before.endsWith("-->")
						|| !before.substring(before.lastIndexOf("<!--")).startsWith("<!-- snippet:")) {
					int line = text.substring(0, fence.start()).split("\n", -1).length;
					untied.add(document.getFileName() + ":" + line);
				}
			}
		}
		assertThat(untied).as("```java/```cypher/```toml/```xml blocks without a snippet marker").isEmpty();
	}

	/**
	 * Every pom sample comes from a consumer project's pom, which CI builds with mvn
	 * verify on its own. A pom shown whole is one a reader copies as it is: it must be
	 * the whole pom of its project, and build on Maven 3.8, whose default compiler plugin
	 * (3.1) ignores maven.compiler.release and compiles for Java 5, and whose default
	 * surefire runs no JUnit 5 test.
	 */
	@Test
	void everyCompletePomShownIsAConsumerProjectThatBuildsOnMaven38() throws IOException {
		List<String> problems = new ArrayList<>();
		int poms = 0;
		for (Path document : documents()) {
			String text = Files.readString(document).replace("\r\n", "\n");
			Matcher sample = SAMPLE.matcher(text);
			while (sample.find()) {
				if (!sample.group(1).equals("xml")) {
					continue;
				}
				String where = document.getFileName() + ":" + line(text, sample.start());
				int comment = Math.max(0, text.lastIndexOf("<!--", sample.start()));
				Matcher marker = MARKER.matcher(text.substring(comment));
				boolean tied = marker.lookingAt() && comment + marker.end() == sample.end()
						&& marker.group(1).startsWith(CONSUMER_PROJECTS) && marker.group(1).endsWith("/pom.xml");
				if (!tied) {
					problems.add(where + ": a pom sample must come from the pom.xml of a project under "
							+ CONSUMER_PROJECTS + ", which CI builds");
					continue;
				}
				if (!sample.group(2).contains("<project")) {
					continue;
				}
				poms++;
				if (marker.group(2) != null) {
					problems.add(where + ": a complete pom must be the whole pom.xml of its project (<!-- snippet: "
							+ marker.group(1) + " -->, no #tag)");
				}
				String pom = sample.group(2);
				if (!pom.contains("<maven.compiler.release>17</maven.compiler.release>")
						&& !pom.contains("<release>17</release>")) {
					problems.add(where + ": no <maven.compiler.release>17</maven.compiler.release>");
				}
				for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
					if (!Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>").matcher(pom).find()) {
						problems.add(where + ": " + plugin + " has no <version> (Maven 3.8's default is too old)");
					}
				}
			}
		}
		assertThat(problems).as("complete poms in the docs").isEmpty();
		assertThat(poms).as("complete poms shown in the docs (getting-started.md shows one)").isPositive();
	}

	/**
	 * The guide is a project a reader rebuilds by copying: each Java sample is a whole
	 * file of the getting-started consumer project, package and imports included.
	 */
	@Test
	void theGettingStartedGuideShowsWholeFilesOfItsProject() throws IOException {
		Path guide = root().resolve("docs/getting-started.md");
		String text = Files.readString(guide).replace("\r\n", "\n");
		List<String> partial = new ArrayList<>();
		Matcher marker = MARKER.matcher(text);
		int shown = 0;
		while (marker.find()) {
			if (!marker.group(3).equals("java")) {
				continue;
			}
			shown++;
			if (marker.group(2) != null || !marker.group(1).startsWith(GETTING_STARTED)
					|| !marker.group(4).startsWith("package ")) {
				partial.add("getting-started.md:" + line(text, marker.start()) + " " + marker.group(1)
						+ (marker.group(2) == null ? "" : "#" + marker.group(2)));
			}
		}
		assertThat(partial).as("Java samples of the guide that are not a whole file of " + GETTING_STARTED).isEmpty();
		assertThat(shown).as("Java samples in the guide").isGreaterThanOrEqualTo(4);
	}

	private static int line(String text, int offset) {
		return text.substring(0, offset).split("\n", -1).length;
	}

	/**
	 * The lines between the tag markers, without the markers, with common indentation
	 * removed.
	 */
	static String region(Path file, String tag) throws IOException {
		assertThat(file).as("snippet source").exists();
		List<String> lines = Files.readAllLines(file);
		List<String> region = new ArrayList<>();
		boolean inside = false;
		boolean found = false;
		for (String line : lines) {
			if (line.contains("tag::" + tag + "[]")) {
				inside = true;
				found = true;
				continue;
			}
			if (line.contains("end::" + tag + "[]")) {
				inside = false;
				continue;
			}
			if (inside && !line.contains("tag::") && !line.contains("end::")) {
				region.add(line);
			}
		}
		assertThat(found).as("tag " + tag + " in " + file).isTrue();
		int indent = region.stream()
			.filter(l -> !l.isBlank())
			.mapToInt(l -> l.length() - l.stripLeading().length())
			.min()
			.orElse(0);
		return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList())
			.replace("\t", "    ");
	}

}

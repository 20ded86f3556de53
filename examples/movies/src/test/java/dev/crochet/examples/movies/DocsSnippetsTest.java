package dev.crochet.examples.movies;

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

	private static final Pattern FENCE = Pattern.compile("(?m)^```(java|cypher|toml|xml)$");

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
				String region = matcher.group(2) == null ? Files.readString(source).replace("\r\n", "\n").strip()
						: region(source, matcher.group(2));
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

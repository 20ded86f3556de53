package dev.crochet.maven;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/maven-plugin.md against the descriptor maven-plugin-plugin generated from the
 * mojos (target/classes/META-INF/maven/plugin.xml): every parameter a user can set has
 * its row, with its property and default, under "Every goal" when all goals have it, else
 * under its goal; and every row names a parameter that exists. So the page cannot rot.
 */
class MavenPluginDocTest {

	private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\| `([A-Za-z.]+)` \\| (.+?) \\|");

	private static final String EVERY_GOAL = "Every goal";

	/** goal -> parameter -> "property | default" as the doc writes it. */
	private static Map<String, Map<String, String>> descriptor;

	/** section heading -> parameter -> "property | default". */
	private static Map<String, Map<String, String>> doc;

	@BeforeAll
	static void read() throws Exception {
		descriptor = descriptor(Path.of("target/classes/META-INF/maven/plugin.xml"));
		doc = doc(Path.of("../docs/maven-plugin.md"));
	}

	@Test
	void everyGoalHasASection() {
		assertThat(descriptor.keySet()).containsExactlyInAnyOrder("check", "roundtrip", "upgrade", "downgrade",
				"status", "verify", "create-migration", "ledger-import", "ledger-rebuild", "baseline", "record-schema");
		descriptor.keySet()
			.forEach(goal -> assertThat(doc).as("a '### crochet:%s' section", goal).containsKey("crochet:" + goal));
	}

	@Test
	void everyParameterIsDocumentedWithItsPropertyAndDefault() {
		Map<String, String> shared = shared();
		assertThat(doc.get(EVERY_GOAL)).as("the 'Every goal' table").isEqualTo(shared);
		descriptor.forEach((goal, parameters) -> {
			Map<String, String> own = new LinkedHashMap<>(parameters);
			own.keySet().removeAll(shared.keySet());
			assertThat(doc.get("crochet:" + goal)).as("the table of crochet:%s", goal).isEqualTo(own);
		});
	}

	/** The parameters every goal has, with the same property and default. */
	private static Map<String, String> shared() {
		Map<String, String> shared = null;
		for (Map<String, String> parameters : descriptor.values()) {
			if (shared == null) {
				shared = new LinkedHashMap<>(parameters);
			}
			else {
				shared.entrySet().retainAll(parameters.entrySet());
			}
		}
		return shared;
	}

	private static Map<String, Map<String, String>> descriptor(Path file) throws Exception {
		assertThat(file).as("the generated plugin descriptor (run the build up to process-classes)").isRegularFile();
		var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
		Map<String, Map<String, String>> goals = new LinkedHashMap<>();
		NodeList mojos = xml.getElementsByTagName("mojo");
		for (int i = 0; i < mojos.getLength(); i++) {
			Element mojo = (Element) mojos.item(i);
			String goal = text(mojo, "goal");
			Map<String, String> parameters = new LinkedHashMap<>();
			Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
			NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0))
				.getElementsByTagName("parameter");
			for (int j = 0; j < declared.getLength(); j++) {
				Element parameter = (Element) declared.item(j);
				if (!"true".equals(text(parameter, "editable"))) {
					continue;
				}
				String name = text(parameter, "name");
				Element value = (Element) configuration.getElementsByTagName(name).item(0);
				String expression = value.getTextContent().strip();
				String property = expression.substring(2, expression.length() - 1);
				String fallback = value.getAttribute("default-value");
				parameters.put(name, property + " | " + (fallback.isEmpty() ? "—" : "`" + fallback + "`"));
			}
			goals.put(goal, parameters);
		}
		return goals;
	}

	private static Map<String, Map<String, String>> doc(Path file) throws Exception {
		String text = Files.readString(file);
		int start = text.indexOf("## Parameters");
		assertThat(start).as("a '## Parameters' section").isNotNegative();
		Map<String, Map<String, String>> sections = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>(List.of(text.substring(start).split("(?m)^### ")));
		parts.remove(0);
		for (String part : parts) {
			String heading = part.lines().findFirst().orElseThrow().strip();
			Map<String, String> rows = new LinkedHashMap<>();
			Matcher row = ROW.matcher(part);
			while (row.find()) {
				rows.put(row.group(1), row.group(2) + " | " + row.group(3));
			}
			sections.put(heading, rows);
		}
		return sections;
	}

	private static String text(Element parent, String tag) {
		return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
	}

}

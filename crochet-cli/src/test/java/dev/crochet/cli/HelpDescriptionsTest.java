package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's description is whole where a user reads it: in the list of
 * {@code crochet --help} (and {@code crochet ledger --help}) and in its own help. The
 * list used to show the first hand-wrapped line only, cut mid-sentence.
 */
class HelpDescriptionsTest {

	@Test
	void everyCommandIsListedWithItsWholeDescription() {
		CommandLine root = CrochetCli.commandLine(Map.of());
		List<String> checked = new ArrayList<>();
		walk(root, checked);
		assertThat(checked).contains("crochet status", "crochet create-migration", "crochet ledger import");
	}

	private static void walk(CommandLine command, List<String> checked) {
		String usage = words(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
		command.getSubcommands().forEach((name, sub) -> {
			// picocli lists a command by its header when it has one (its own 'help'
			// does).
			String[] header = sub.getCommandSpec().usageMessage().header();
			String listed = words(
					String.join(" ", header.length > 0 ? header : sub.getCommandSpec().usageMessage().description()));
			String path = sub.getCommandSpec().qualifiedName();
			assertThat(listed).as(path).endsWith(".");
			assertThat(usage).as("the list of " + command.getCommandSpec().qualifiedName()).contains(name + listed);
			assertThat(words(sub.getUsageMessage(CommandLine.Help.Ansi.OFF))).as(path + " --help").contains(listed);
			checked.add(path);
			walk(sub, checked);
		});
	}

	/**
	 * The text with line wrapping undone, and no spaces at all: picocli may wrap a line
	 * inside a word (after the dot of ".crochet/").
	 */
	private static String words(String text) {
		return text.replace("%n", "").replaceAll("\\s+", "");
	}

}

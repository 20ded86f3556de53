package dev.crochet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code crochet roundtrip --mutants}: the mutation check from the command line, on a
 * throwaway database.
 */
class RoundtripMutantsIT {

	private static final String NL = System.lineSeparator();

	@Test
	void listsTheMutantsAndExitsZeroWhenEveryOneIsKilled(@TempDir Path tmp) throws IOException {
		Cli cli = BadInputIT.withPersonMigration(BadInputIT.project(tmp));

		Cli.Run run = cli.run("roundtrip", "--mutants", "--strict");

		assertThat(run.exit()).as(run.toString()).isZero();
		assertThat(run.out()).as(run.toString())
			.startsWith("Mutation check on a throwaway embedded database (")
			.contains("Mutation check: 2 mutants, 2 killed (100.0%), 0 survived" + NL + "Killed:" + NL
					+ "  0001_add_person: downgrade without 'drop unique constraint Person(name)' — killed (leaves a trace)"
					+ NL
					+ "  0001_add_person: downgrade with 'add unique constraint Person(name)' instead of 'drop unique constraint"
					+ " Person(name)' — killed (leaves a trace)" + NL
					+ "Every mutant is killed: the round trip tells each wrong downgrade from the right one." + NL);
	}

	@Test
	void mutantsAreStepwiseAndStrictNeedsThem(@TempDir Path tmp) {
		Cli cli = new Cli(BadInputIT.project(tmp));

		Cli.Run full = cli.run("roundtrip", "--mutants", "--full");
		assertThat(full.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(full.err())
			.isEqualTo("crochet: --mutants checks every revision stepwise, as text: it cannot be combined"
					+ " with --full, --target or --json" + NL);
		Cli.Run strict = cli.run("roundtrip", "--strict");
		assertThat(strict.exit()).isEqualTo(ExitCode.USAGE);
		assertThat(strict.err()).isEqualTo("crochet: --strict only applies to --mutants" + NL);
	}

}

package dev.crochet.migration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatementSplitterTest {

	@Test
	void splitsOnSemicolonsAndTrims() {
		assertThat(StatementSplitter.split("  CREATE (a:A);\n\tCREATE (b:B) ;\n")).containsExactly("CREATE (a:A)",
				"CREATE (b:B)");
	}

	@Test
	void keepsATrailingStatementWithoutSemicolon() {
		assertThat(StatementSplitter.split("CREATE (a:A);\nMATCH (n) RETURN n\n")).containsExactly("CREATE (a:A)",
				"MATCH (n) RETURN n");
	}

	@Test
	void dropsEmptyStatements() {
		assertThat(StatementSplitter.split(";; ;\n;CREATE (a:A);;\n;")).containsExactly("CREATE (a:A)");
	}

	@Test
	void emptyOrBlankScriptHasNoStatement() {
		assertThat(StatementSplitter.split("")).isEmpty();
		assertThat(StatementSplitter.split(" \n\t\n")).isEmpty();
	}

	@Test
	void commentOnlyScriptHasNoStatement() {
		assertThat(StatementSplitter.split("// nothing here;\n/* nor; here */\n// end")).isEmpty();
	}

	@Test
	void ignoresSemicolonInSingleQuotedString() {
		assertThat(StatementSplitter.split("CREATE (:A {x: 'a;b'}); RETURN 1"))
			.containsExactly("CREATE (:A {x: 'a;b'})", "RETURN 1");
	}

	@Test
	void ignoresSemicolonInDoubleQuotedString() {
		assertThat(StatementSplitter.split("CREATE (:A {x: \"a;b\"}); RETURN 1"))
			.containsExactly("CREATE (:A {x: \"a;b\"})", "RETURN 1");
	}

	@Test
	void backslashEscapesTheQuoteInsideAString() {
		assertThat(StatementSplitter.split("RETURN 'it\\'s; fine'; RETURN \"say \\\"hi;\\\"\"; RETURN 2"))
			.containsExactly("RETURN 'it\\'s; fine'", "RETURN \"say \\\"hi;\\\"\"", "RETURN 2");
	}

	@Test
	void escapedBackslashDoesNotEscapeTheClosingQuote() {
		assertThat(StatementSplitter.split("RETURN 'a\\\\'; RETURN 2")).containsExactly("RETURN 'a\\\\'", "RETURN 2");
	}

	@Test
	void otherQuoteInsideAStringIsPlainText() {
		assertThat(StatementSplitter.split("RETURN \"it's;\"; RETURN '\"x;'")).containsExactly("RETURN \"it's;\"",
				"RETURN '\"x;'");
	}

	@Test
	void ignoresSemicolonInBacktickIdentifier() {
		assertThat(StatementSplitter.split("CREATE (:`odd;label`); RETURN 1")).containsExactly("CREATE (:`odd;label`)",
				"RETURN 1");
	}

	@Test
	void doubledBacktickStaysInsideTheIdentifier() {
		assertThat(StatementSplitter.split("CREATE (:`a``;b`); RETURN 1")).containsExactly("CREATE (:`a``;b`)",
				"RETURN 1");
	}

	@Test
	void quotesInsideBacktickIdentifierArePlainText() {
		assertThat(StatementSplitter.split("CREATE (:`it's;`); RETURN 1")).containsExactly("CREATE (:`it's;`)",
				"RETURN 1");
	}

	@Test
	void ignoresSemicolonInLineComment() {
		assertThat(StatementSplitter.split("CREATE (:A) // not; here\nSET x = 1; RETURN 1"))
			.containsExactly("CREATE (:A) // not; here\nSET x = 1", "RETURN 1");
	}

	@Test
	void ignoresSemicolonInBlockComment() {
		assertThat(StatementSplitter.split("CREATE /* a; b\n c; */ (:A); RETURN 1"))
			.containsExactly("CREATE /* a; b\n c; */ (:A)", "RETURN 1");
	}

	@Test
	void blockCommentDoesNotNest() {
		assertThat(StatementSplitter.split("RETURN /* /* */ 1; RETURN 2")).containsExactly("RETURN /* /* */ 1",
				"RETURN 2");
	}

	@Test
	void commentMarkersInsideStringsAreText() {
		assertThat(StatementSplitter.split("RETURN 'http://x;y' ; RETURN \"/* ; */\"; RETURN `//;`"))
			.containsExactly("RETURN 'http://x;y'", "RETURN \"/* ; */\"", "RETURN `//;`");
	}

	@Test
	void quotesInsideCommentsAreIgnored() {
		assertThat(StatementSplitter.split("// it's\nRETURN 1; /* \"unbalanced ` */ RETURN 2"))
			.containsExactly("RETURN 1", "RETURN 2");
	}

	@Test
	void stripsCommentsBeforeAndAfterAStatement() {
		assertThat(StatementSplitter.split("// first\n/* lead */ RETURN 1 // tail\n; // after\nRETURN 2 /* end */"))
			.containsExactly("RETURN 1", "RETURN 2");
	}

	@Test
	void divisionIsNotAComment() {
		assertThat(StatementSplitter.split("RETURN 4 / 2; RETURN 1")).containsExactly("RETURN 4 / 2", "RETURN 1");
	}

	@Test
	void keepsMultiLineStatementsVerbatim() {
		String statement = "MATCH (n:Person)\nWHERE n.age > 3\nRETURN n";
		assertThat(StatementSplitter.split(statement + ";\n")).containsExactly(statement);
	}

	@Test
	void multiLineStringKeepsItsNewlines() {
		assertThat(StatementSplitter.split("RETURN 'a\n;b'; RETURN 2")).containsExactly("RETURN 'a\n;b'", "RETURN 2");
	}

	@Test
	void unterminatedSingleQuotedStringIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("RETURN 1;\nRETURN 'abc;"))
			.withMessage("unterminated single-quoted string starting on line 2");
	}

	@Test
	void unterminatedDoubleQuotedStringIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("RETURN \"abc\\\""))
			.withMessage("unterminated double-quoted string starting on line 1");
	}

	@Test
	void unterminatedBacktickIdentifierIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("\n\nCREATE (:`a``)"))
			.withMessage("unterminated backtick identifier starting on line 3");
	}

	@Test
	void unterminatedBlockCommentIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatementSplitter.split("RETURN 1; /* a\n;"))
			.withMessage("unterminated block comment starting on line 1");
	}

	@Test
	void lineNumbersCountFromTheGivenFirstLineAndThroughMultiLineTokens() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StatementSplitter.split("RETURN 'a\nb';\n/*\n*/ RETURN `x\ny`;\nRETURN 'open", 10))
			.withMessage("unterminated single-quoted string starting on line 15");
	}

}

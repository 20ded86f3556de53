package dev.crochet.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC on a SQLite file, for tests that look behind the ledger's API or build
 * foreign files.
 */
final class RawSqlite {

	private RawSqlite() {
	}

	static Connection connect(Path file) throws SQLException {
		return DriverManager.getConnection("jdbc:sqlite:" + file);
	}

	static void execute(Path file, String... statements) throws SQLException {
		try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static String queryString(Path file, String sql) throws SQLException {
		try (Connection connection = connect(file);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

}

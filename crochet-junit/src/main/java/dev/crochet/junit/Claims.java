package dev.crochet.junit;

/**
 * The claims of test classes on one server's database, in order, and the configuration
 * whose migrated schema the database holds as the last class left it. A class claims the
 * database when it starts and, at its end, records what it left, unless another class (a
 * nested one) claimed the database since.
 */
final class Claims {

	/**
	 * What a class learns when it takes the database: the number of its claim, and the
	 * configuration whose migrated schema the database held (null when unknown).
	 */
	record Claim(long number, Object held) {
	}

	private long claims;

	private Object held;

	/**
	 * Takes the database: what it held is forgotten, since the class is about to change
	 * it.
	 */
	synchronized Claim claim() {
		Claim claim = new Claim(++claims, held);
		held = null;
		return claim;
	}

	/**
	 * Whether the database holds {@code configuration}'s migrated schema, as far as the
	 * last class knew.
	 */
	synchronized boolean holds(Object configuration) {
		return configuration != null && configuration.equals(held);
	}

	/**
	 * Records, at the end of the class that made {@code claim}, that the database holds
	 * {@code configuration}'s migrated schema; ignored when another class has claimed it
	 * since.
	 */
	synchronized void holds(Claim claim, Object configuration) {
		if (claim.number() == claims) {
			held = configuration;
		}
	}

}

package dev.crochet;

/** Which way a migration runs. */
public enum Direction {

	UPGRADE, DOWNGRADE

}

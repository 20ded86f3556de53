package dev.crochet;

/**
 * One step of the chain: schema and data changes declared against a
 * {@link MigrationContext}.
 *
 * <p>
 * Implementations carry a {@link Revision} annotation and a public no-argument
 * constructor. {@code upgrade} and {@code downgrade} <em>declare</em> operations; Crochet
 * validates the whole list first (names, edition) and then runs it in order, so nothing
 * runs when a declaration is invalid, and a dry run can show every statement.
 */
public interface Migration {

	void upgrade(MigrationContext ctx);

	void downgrade(MigrationContext ctx);

}

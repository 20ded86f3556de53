/**
 * Mutation testing of migrations: Crochet's proof that its round trip is sensitive. For
 * every rollback-safe revision of a correct chain, wrong versions of its downgrade
 * (mutants) are made from the operations it records (an operation dropped, an inverse
 * swapped for a wrong one, a batch delete widened or narrowed) and each is judged by the
 * stepwise round trip. A mutant the round trip fails is killed; one it passes survived,
 * and shows what the round trip cannot see for this chain and this data. The migrations'
 * code is never rewritten: the engine runs a mutant's operation list in place of the
 * revision's recorded downgrade.
 *
 * <pre>{@code
 * MutationReport report = crochet.mutationCheck();
 * System.out.println(report.describe());
 * }</pre>
 */
package dev.crochet.mutation;

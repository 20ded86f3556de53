package dev.crochet.assertj;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Crochet's assertions, collecting every failure instead of stopping at the first. Works
 * with AssertJ's {@code SoftAssertionsExtension}:
 *
 * <pre>
 * &#64;ExtendWith(SoftAssertionsExtension.class)
 * class MigrationsTest {
 *
 *     &#64;InjectSoftAssertions
 *     CrochetSoftAssertions softly;
 *
 *     &#64;Test
 *     void migrated() {
 *         softly.assertThat(crochet.ledger()).isAtRevision("0003_rename");
 *         softly.assertThat(crochet.drift()).hasNoDrift();
 *     }   // the extension reports every failure here
 * }
 * </pre>
 *
 * or on its own:
 * {@code SoftAssertionsProvider.assertSoftly(CrochetSoftAssertions.class, softly -> ...)}.
 */
public final class CrochetSoftAssertions extends AbstractSoftAssertions implements CrochetSoftAssertionsProvider {

}

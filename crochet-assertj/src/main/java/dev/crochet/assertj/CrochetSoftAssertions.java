package dev.crochet.assertj;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Crochet's assertions, collecting every failure instead of stopping at the first. Works with
 * AssertJ's {@code SoftAssertionsExtension}:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class MigrationsTest {
 *
 *     @InjectSoftAssertions
 *     CrochetSoftAssertions softly;
 *
 *     @Test
 *     void migrated() {
 *         softly.assertThat(crochet.ledger()).isAtRevision("0003_rename");
 *         softly.assertThat(crochet.drift()).hasNoDrift();
 *     }   // the extension reports every failure here
 * }
 * }</pre>
 *
 * or on its own: {@code SoftAssertionsProvider.assertSoftly(CrochetSoftAssertions.class, softly -> ...)}.
 */
public final class CrochetSoftAssertions extends AbstractSoftAssertions implements CrochetSoftAssertionsProvider {
}

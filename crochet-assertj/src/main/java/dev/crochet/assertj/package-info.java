/**
 * AssertJ assertions for Crochet: start at {@link dev.crochet.assertj.CrochetAssertions},
 * or {@link dev.crochet.assertj.CrochetSoftAssertions} to collect several failures at
 * once.
 */
package dev.crochet.assertj;

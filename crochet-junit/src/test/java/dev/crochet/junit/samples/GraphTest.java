package dev.crochet.junit.samples;

import dev.crochet.junit.CrochetMigrated;
import dev.crochet.junit.Reset;
import dev.crochet.roundtrip.RoundTripMode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A project's own composed annotation carrying {@link CrochetMigrated}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CrochetMigrated(migrationPackages = "dev.crochet.junit.fixtures.good", roundTrip = RoundTripMode.NONE,
		reset = Reset.MIGRATE_AGAIN)
public @interface GraphTest {

}

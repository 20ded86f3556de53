package dev.crochet.ir;

import dev.crochet.fixtures.bad.empty.Plain;
import dev.crochet.fixtures.bad.nokgid.Alpha;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a model set can be refused, with the exact message. */
class ModelErrorsTest {

	@Test
	void modelsWithoutKgidAreAllNamedSorted() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.bad.nokgid")).isInstanceOf(ModelException.class)
			.hasMessage("Model classes dev.crochet.fixtures.bad.nokgid.Alpha, dev.crochet.fixtures.bad.nokgid.Beta"
					+ " have no @KgId");
	}

	@Test
	void aSingleModelWithoutKgidIsNamed() {
		assertThatThrownBy(() -> ModelReader.read(List.of(Alpha.class))).isInstanceOf(ModelException.class)
			.hasMessage("Model class dev.crochet.fixtures.bad.nokgid.Alpha has no @KgId");
	}

	@Test
	void duplicateKgidNamesBothClasses() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.bad.duplicate"))
			.isInstanceOf(ModelException.class)
			.hasMessage("Duplicate kgid: @KgId(\"same_v1\") is used by dev.crochet.fixtures.bad.duplicate.First,"
					+ " dev.crochet.fixtures.bad.duplicate.Second");
	}

	@Test
	void blankKgidIsNamed() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.bad.blank")).isInstanceOf(ModelException.class)
			.hasMessage("Model class dev.crochet.fixtures.bad.blank.Blank has a blank @KgId");
	}

	@Test
	void relationshipToAClassWithoutKgidNamesFieldAndTarget() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.bad.kgidless"))
			.isInstanceOf(ModelException.class)
			.hasMessage("Relationship field dev.crochet.fixtures.bad.kgidless.Owner.things targets"
					+ " dev.crochet.fixtures.bad.kgidless.Thing, which has no @KgId");
	}

	@Test
	void packagesWithoutModelsAreNamed() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.bad.empty", "dev.crochet.fixtures.nowhere"))
			.isInstanceOf(ModelException.class)
			.hasMessage("No model classes (@NodeEntity or @RelationshipEntity) found in packages"
					+ " dev.crochet.fixtures.bad.empty, dev.crochet.fixtures.nowhere");
	}

	@Test
	void noPackagesAtAllIsRefusedRatherThanScanningEverything() {
		assertThatThrownBy(() -> ModelReader.read()).isInstanceOf(ModelException.class)
			.hasMessage("No packages to scan for model classes");
	}

	@Test
	void givenClassesWithoutModelsAreNamed() {
		assertThatThrownBy(() -> ModelReader.read(List.of(Plain.class))).isInstanceOf(ModelException.class)
			.hasMessage("No model classes (@NodeEntity or @RelationshipEntity) among"
					+ " dev.crochet.fixtures.bad.empty.Plain");
	}

}

package dev.crochet.ir;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code @RenamedFrom} is read, and every way it is refused. */
class RenamedFromModelTest {

	@Test
	void declaredRenamesAreReadByGraphName() {
		assertThat(ModelReader.read("dev.crochet.fixtures.rename.after").renames()).containsExactlyInAnyOrder(
				new PropertyRename("person_v1", "name", "fullName"),
				new PropertyRename("acted_in_v1", "role", "character"));
	}

	@Test
	void aRenameFromItsOwnNameIsRefused() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.rename.bad.own"))
			.isInstanceOf(ModelException.class)
			.hasMessage("Property field dev.crochet.fixtures.rename.bad.own.Person.name is @RenamedFrom(\"name\"),"
					+ " its own graph name; remove the annotation");
	}

	@Test
	void aRenameFromANameTheModelStillHasIsRefused() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.rename.bad.still"))
			.isInstanceOf(ModelException.class)
			.hasMessage("Property field dev.crochet.fixtures.rename.bad.still.Person.fullName is"
					+ " @RenamedFrom(\"name\"), but dev.crochet.fixtures.rename.bad.still.Person still has a property"
					+ " name");
	}

	@Test
	void oneOldNameClaimedTwiceIsRefused() {
		assertThatThrownBy(() -> ModelReader.read("dev.crochet.fixtures.rename.bad.twice"))
			.isInstanceOf(ModelException.class)
			.hasMessageStartingWith("Property fields dev.crochet.fixtures.rename.bad.twice.Person.")
			.hasMessageEndingWith(" are both @RenamedFrom(\"name\")");
	}

}

package org.bianmin.model.resident;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamePropertiesTest {

	@Property
	void normalising_is_idempotent_so_stored_names_read_back_unchanged(@ForAll("nameLikeStrings") String raw) {
		PersonName name;
		try {
			name = PersonName.of(raw);
		}
		catch (InvalidPersonNameException ex) {
			Statistics.label("outcome").collect(ex.problem());
			return;
		}
		Statistics.label("outcome").collect("accepted");
		assertThat(PersonName.of(name.value())).isEqualTo(name);
		assertThat(name.codePointLength()).isBetween(1, PersonName.MAX_LENGTH);
	}

	@Property
	void refuses_any_input_only_with_a_problem(@ForAll String raw) {
		try {
			PersonName.of(raw);
		}
		catch (InvalidPersonNameException ex) {
			assertThat(ex.problem()).isNotNull();
		}
	}

	/**
	 * Strings made of the pieces names are typed with, the look-alikes and artefacts
	 * included.
	 */
	@Provide
	Arbitrary<String> nameLikeStrings() {
		return Arbitraries
			.of("李", "明", "欧阳", "\uD840\uDE0C", "\uF900", "a", "Z", "é", "e\u0301", " ", "  ", "\u3000", "\u00A0", "·",
					"・", "•", " · ", "\u200B", "\uFEFF", "Ｍ")
			.list()
			.ofMaxSize(40)
			.map((pieces) -> String.join("", pieces));
	}

}

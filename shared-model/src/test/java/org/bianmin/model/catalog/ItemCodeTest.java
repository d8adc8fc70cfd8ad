package org.bianmin.model.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ItemCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "S-001", "a", "11620100MB1234567X.001_a", "12345678901234567890123456789012" })
	void accepts_letters_digits_and_separators_up_to_32_characters(String value) {
		assertThat(ItemCode.of(value).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "''|CODE_BLANK", "'   '|CODE_BLANK", "123456789012345678901234567890123|CODE_TOO_LONG",
					"S 001|CODE_BAD_CHARACTERS", "事项1|CODE_BAD_CHARACTERS", "S/001|CODE_BAD_CHARACTERS" })
	void rejects_blank_long_or_odd_codes(String value, CatalogProblem.Rule rule) {
		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class, () -> ItemCode.of(value));

		assertThat(ex.problems()).extracting(CatalogProblem::rule).containsExactly(rule);
		assertThat(ex.problems().get(0).field()).isEqualTo("code");
	}

	@Test
	void prints_as_its_value() {
		assertThat(ItemCode.of("S-001")).hasToString("S-001");
	}

}

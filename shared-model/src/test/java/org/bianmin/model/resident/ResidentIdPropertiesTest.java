package org.bianmin.model.resident;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdPropertiesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Property
	void a_number_with_its_computed_check_digit_parses_back_unchanged(@ForAll("validNumbers") String number) {
		ResidentId id = ResidentId.parse(number, TODAY);

		assertThat(id.value()).isEqualTo(number);
		assertThat(ResidentId.of(id.value())).isEqualTo(id);
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
				Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		assertThat(id.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
		assertThat(id.masked()).startsWith(number.substring(0, 6)).endsWith(number.substring(14)).hasSize(18);
	}

	@Property
	void changing_any_single_character_is_caught_by_the_check_digit(@ForAll("validNumbers") String number,
			@ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
		String alphabet = (position == 17) ? "0123456789X" : "0123456789";
		int current = alphabet.indexOf(number.charAt(position));
		char replacement = alphabet.charAt((current + shift) % alphabet.length());
		if (replacement == number.charAt(position)) {
			// shift 10 wraps around to the same digit in a ten-digit alphabet
			replacement = alphabet.charAt((current + 1) % alphabet.length());
		}
		String mistyped = number.substring(0, position) + replacement + number.substring(position + 1);

		assertThatThrownBy(() -> ResidentId.of(mistyped)).isInstanceOfSatisfying(InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(ResidentIdProblem.CHECK_DIGIT));
	}

	@Provide
	Arbitrary<String> validNumbers() {
		Arbitrary<String> area = Arbitraries.strings().numeric().ofLength(6);
		Arbitrary<LocalDate> birthDate = Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY);
		Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
		return Combinators.combine(area, birthDate, sequence)
			.as((a, b, s) -> ResidentIdTest.withCheckDigit(
					a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s));
	}

}

package org.bianmin.model.cases;

import java.time.LocalDate;

import org.bianmin.model.node.NodeCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryCodePropertiesTest {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Property
	void every_issued_code_parses_back_to_its_parts(@ForAll("codes") QueryCode code) {
		QueryCode parsed = QueryCode.parse(code.value());

		assertThat(parsed).isEqualTo(code);
		assertThat(parsed.node()).isEqualTo(code.node());
		assertThat(parsed.date()).isEqualTo(code.date());
		assertThat(parsed.sequence()).isEqualTo(code.sequence());
		assertThat(QueryCode.parse(code.display())).isEqualTo(code);
		assertThat(QueryCode.parse(code.display().toLowerCase())).isEqualTo(code);
	}

	@Property
	void every_single_character_substitution_is_refused(@ForAll("codes") QueryCode code) {
		String value = code.value();
		for (int position = 0; position < value.length(); position++) {
			for (char replacement : ALPHABET.toCharArray()) {
				if (replacement != value.charAt(position)) {
					assertMistypeRefused(value,
							value.substring(0, position) + replacement + value.substring(position + 1));
				}
			}
		}
	}

	@Property
	void every_adjacent_transposition_is_refused(@ForAll("codes") QueryCode code) {
		String value = code.value();
		for (int position = 0; position + 1 < value.length(); position++) {
			char first = value.charAt(position);
			char second = value.charAt(position + 1);
			if (first != second) {
				assertMistypeRefused(value,
						value.substring(0, position) + second + first + value.substring(position + 2));
			}
		}
	}

	/**
	 * A mistyped code is never read as a code: either it is no longer shaped like one, or
	 * the check character catches it. Shape alone catches few slips, so the check
	 * character must carry the guarantee.
	 */
	private static void assertMistypeRefused(String original, String mistyped) {
		assertThatThrownBy(() -> QueryCode.parse(mistyped)).as("%s mistyped as %s", original, mistyped)
			.isInstanceOfSatisfying(InvalidQueryCodeException.class,
					(ex) -> assertThat(ex.problem()).isIn(QueryCodeProblem.FORMAT, QueryCodeProblem.CHECK_CHARACTER));
	}

	@Provide
	Arbitrary<QueryCode> codes() {
		Arbitrary<NodeCode> node = Combinators
			.combine(Arbitraries.chars().range('A', 'Z'),
					Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(5))
			.as((first, rest) -> NodeCode.of(first + rest));
		Arbitrary<LocalDate> date = Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
		Arbitrary<Integer> sequence = Arbitraries.oneOf(Arbitraries.integers().between(1, 999),
				Arbitraries.integers().between(1000, Integer.MAX_VALUE));
		return Combinators.combine(node, date, sequence).as(QueryCode::issue);
	}

}

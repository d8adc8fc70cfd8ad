package org.bianmin.model.cases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.bianmin.model.node.NodeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryCodeTest {

	private static final NodeCode T01 = NodeCode.of("T01");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	@Test
	void lays_out_date_sequence_node_and_check_character() {
		QueryCode code = QueryCode.issue(T01, DAY, 7);

		assertThat(code.value()).isEqualTo("261125007T01U");
		assertThat(code.display()).isEqualTo("261125-007-T01-U");
		assertThat(code).hasToString("261125007T01U");
	}

	@Test
	void pads_the_sequence_to_three_digits_and_grows_it_when_needed() {
		assertThat(QueryCode.issue(T01, DAY, 1).value()).startsWith("261125001T01");
		assertThat(QueryCode.issue(T01, DAY, 999).value()).startsWith("261125999T01");
		assertThat(QueryCode.issue(T01, DAY, 1000).value()).startsWith("2611251000T01");
		assertThat(QueryCode.issue(T01, DAY, Integer.MAX_VALUE).value())
			.startsWith("261125" + Integer.MAX_VALUE + "T01");
	}

	@Test
	void reads_its_parts_back() {
		QueryCode code = QueryCode.parse("2611251000T01" + checkCharacterOf("2611251000T01"));

		assertThat(code.node()).isEqualTo(T01);
		assertThat(code.date()).isEqualTo(DAY);
		assertThat(code.sequence()).isEqualTo(1000);
	}

	@Test
	void parses_the_display_form_and_what_people_type() {
		QueryCode code = QueryCode.issue(T01, DAY, 7);

		assertThat(QueryCode.parse("261125-007-T01-U")).isEqualTo(code);
		assertThat(QueryCode.parse(" 261125 007 t01 u ")).isEqualTo(code);
		assertThat(QueryCode.parse("２６１１２５－００７－Ｔ０１－Ｕ")).isEqualTo(code);
		assertThat(QueryCode.parse("261125\u3000007\u3000t01u")).isEqualTo(code);
		assertThat(QueryCode.parse("261125\u2013007\u2014T01\u2212U")).isEqualTo(code);
	}

	@Test
	void keeps_codes_of_nodes_whose_codes_end_in_digits_apart() {
		// with the node code first, AB1 + 211231 + 001 and AB + 121123 + 1001 would read
		// alike
		QueryCode first = QueryCode.issue(NodeCode.of("AB1"), LocalDate.of(2021, 12, 31), 1);
		QueryCode second = QueryCode.issue(NodeCode.of("AB"), LocalDate.of(2012, 11, 23), 1001);

		assertThat(first.value()).isNotEqualTo(second.value());
		assertThat(QueryCode.parse(first.value())).isEqualTo(first);
		assertThat(QueryCode.parse(second.value())).isEqualTo(second);
	}

	@Test
	void gives_every_node_day_and_sequence_its_own_code() {
		Set<String> values = new HashSet<>();
		int issued = 0;
		for (String node : new String[] { "T0", "T01", "T011", "T1", "T11", "T111", "HUB", "V0101", "V01011" }) {
			for (LocalDate day = DAY; day.isBefore(DAY.plusDays(3)); day = day.plusDays(1)) {
				for (int sequence = 1; sequence <= 1200; sequence++) {
					values.add(QueryCode.issue(NodeCode.of(node), day, sequence).value());
					issued++;
				}
			}
		}
		assertThat(values).hasSize(issued);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "-", " - - " })
	void refuses_blank_input_as_empty(String typed) {
		assertProblem(typed, QueryCodeProblem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "261125007T0", "261125007T01U?", "261125.007.T01.U", "查询261125007T01U",
			"26112500000000000007T01U", "621121196001016137", "T01261125007U" })
	void refuses_input_not_shaped_like_a_code(String typed) {
		assertProblem(typed, QueryCodeProblem.FORMAT);
	}

	@Test
	void refuses_a_code_with_a_wrong_check_character() {
		assertProblem("261125007T01K", QueryCodeProblem.CHECK_CHARACTER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "261325007T01", "261125000T01", "2611250007T01", "26112500T001", "261125007T1234567",
			"26112500700A", "261125007001", "26A125007T01" })
	void refuses_a_layout_that_cannot_be_whatever_the_check_character(String body) {
		for (char check : ALPHABET.toCharArray()) {
			assertProblem(body + check, QueryCodeProblem.FORMAT);
		}
	}

	@Test
	void of_accepts_canonical_form_only() {
		assertThat(QueryCode.of("261125007T01U")).isEqualTo(QueryCode.issue(T01, DAY, 7));
		assertThatThrownBy(() -> QueryCode.of("261125-007-T01-U")).isInstanceOf(InvalidQueryCodeException.class);
		assertThatThrownBy(() -> QueryCode.of("261125007t01u")).isInstanceOf(InvalidQueryCodeException.class);
	}

	@Test
	void refuses_to_issue_outside_two_digit_years_or_below_sequence_1() {
		assertThatThrownBy(() -> QueryCode.issue(T01, LocalDate.of(2100, 1, 1), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QueryCode.issue(T01, LocalDate.of(1999, 12, 31), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QueryCode.issue(T01, DAY, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keeps_the_input_out_of_exception_messages() {
		assertThatThrownBy(() -> QueryCode.parse("621121196001016137"))
			.isInstanceOfSatisfying(InvalidQueryCodeException.class, (ex) -> {
				assertThat(ex.getMessage()).doesNotContain("621121196001016137").doesNotContain("19600101");
				assertThat(ex.messageKey()).isEqualTo("cases.query-code.problem.FORMAT");
			});
	}

	@Test
	void travels_as_the_canonical_string_in_json() {
		JsonMapper json = JsonMapper.shared();
		QueryCode code = QueryCode.issue(T01, DAY, 7);

		assertThat(json.writeValueAsString(code)).isEqualTo("\"261125007T01U\"");
		assertThat(json.readValue("\"261125007T01U\"", QueryCode.class)).isEqualTo(code);
		assertThatThrownBy(() -> json.readValue("\"261125007T01K\"", QueryCode.class))
			.isInstanceOf(JacksonException.class)
			.hasRootCauseInstanceOf(InvalidQueryCodeException.class);
	}

	@Test
	void the_quasigroup_is_a_latin_square() {
		for (int fixed = 0; fixed < 36; fixed++) {
			Set<Integer> row = new HashSet<>();
			Set<Integer> column = new HashSet<>();
			for (int other = 0; other < 36; other++) {
				row.add(QueryCode.combine(fixed, other));
				column.add(QueryCode.combine(other, fixed));
			}
			assertThat(row).as("row %d", fixed).hasSize(36).allMatch((state) -> state >= 0 && state < 36);
			assertThat(column).as("column %d", fixed).hasSize(36);
		}
	}

	@Test
	void the_quasigroup_is_totally_anti_symmetric() {
		for (int state = 0; state < 36; state++) {
			for (int x = 0; x < 36; x++) {
				for (int y = 0; y < 36; y++) {
					if (x != y) {
						assertThat(QueryCode.combine(QueryCode.combine(state, x), y))
							.as("state %d, %s and %s swapped", state, ALPHABET.charAt(x), ALPHABET.charAt(y))
							.isNotEqualTo(QueryCode.combine(QueryCode.combine(state, y), x));
					}
				}
			}
		}
	}

	/** The check character for a well-laid-out body: exactly one of the 36 fits. */
	static char checkCharacterOf(String body) {
		char found = 0;
		for (char candidate : ALPHABET.toCharArray()) {
			try {
				QueryCode.of(body + candidate);
				assertThat(found).as("a second check character for %s", body).isEqualTo((char) 0);
				found = candidate;
			}
			catch (InvalidQueryCodeException ex) {
				assertThat(ex.problem()).isEqualTo(QueryCodeProblem.CHECK_CHARACTER);
			}
		}
		assertThat(found).as("the check character for %s", body).isNotEqualTo((char) 0);
		return found;
	}

	private static void assertProblem(String typed, QueryCodeProblem problem) {
		assertThatThrownBy(() -> QueryCode.parse(typed)).isInstanceOfSatisfying(InvalidQueryCodeException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}

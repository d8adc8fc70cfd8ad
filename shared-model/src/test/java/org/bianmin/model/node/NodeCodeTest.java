package org.bianmin.model.node;

import org.bianmin.model.node.NodeCode.InvalidNodeCodeException;
import org.bianmin.model.node.NodeCode.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "T01", "HUB", "V0307", "AB", "ABCDEF", "Z9Z9Z9" })
	void accepts_2_to_6_letters_and_digits_starting_with_a_letter(String code) {
		assertThat(NodeCode.of(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "' t01 ', T01", "hub, HUB", "v0307, V0307", "'\u3000T01\u3000', T01" })
	void trims_and_upper_cases(String typed, String canonical) {
		assertThat(NodeCode.of(typed).value()).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void refuses_blank_codes(String code) {
		assertProblem(code, Problem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "T", "ABCDEFG", "T0123456" })
	void refuses_codes_shorter_than_2_or_longer_than_6(String code) {
		assertProblem(code, Problem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "T-01", "T 01", "T_01", "乡01", "Ｔ01", "É01" })
	void refuses_characters_other_than_ascii_letters_and_digits(String code) {
		assertProblem(code, Problem.CHARACTERS);
	}

	@Test
	void does_not_let_case_mapping_turn_other_letters_into_ascii() {
		// dotless ı upper-cases to I and long ſ to S
		assertProblem("T\u0131", Problem.CHARACTERS);
		assertProblem("\u017F01", Problem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "01", "1T", "9ABC" })
	void refuses_codes_starting_with_a_digit(String code) {
		assertProblem(code, Problem.FIRST_CHARACTER);
	}

	@Test
	void names_its_problems_by_message_key() {
		assertThatThrownBy(() -> NodeCode.of("T")).isInstanceOfSatisfying(InvalidNodeCodeException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("node.code.problem.LENGTH"));
	}

	@Test
	void compares_by_canonical_value_and_prints_as_it() {
		assertThat(NodeCode.of("t01")).isEqualTo(NodeCode.of("T01")).hasToString("T01");
	}

	@Test
	void travels_as_a_string_in_json() {
		JsonMapper json = JsonMapper.shared();

		assertThat(json.writeValueAsString(NodeCode.of("T01"))).isEqualTo("\"T01\"");
		assertThat(json.readValue("\"T01\"", NodeCode.class)).isEqualTo(NodeCode.of("T01"));
		assertThatThrownBy(() -> json.readValue("\"1T\"", NodeCode.class)).isInstanceOf(JacksonException.class)
			.hasRootCauseInstanceOf(InvalidNodeCodeException.class);
	}

	private static void assertProblem(String code, Problem problem) {
		assertThatThrownBy(() -> NodeCode.of(code)).isInstanceOfSatisfying(InvalidNodeCodeException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}

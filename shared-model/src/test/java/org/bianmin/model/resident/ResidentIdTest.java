package org.bianmin.model.resident;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {

	/** The day the reference vectors were written for. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final JsonMapper JSON = JsonMapper.shared();

	/** The expected problem of every invalid reference vector. */
	private static final Map<String, ResidentIdProblem> INVALID_VECTOR_PROBLEMS = Map.of("621121193805125620",
			ResidentIdProblem.CHECK_DIGIT, "62112119530229123", ResidentIdProblem.LENGTH, "621121195302291234",
			ResidentIdProblem.NO_SUCH_DATE, "621121194813324566", ResidentIdProblem.NO_SUCH_DATE, "621121209901010013",
			ResidentIdProblem.FUTURE_DATE, "", ResidentIdProblem.EMPTY);

	static JsonNode vectors() {
		return JSON.readTree(Path.of(System.getProperty("bianmin.reference"), "resident-id-vectors.json"));
	}

	static Stream<String> validVectors() {
		return vectors().get("valid").values().stream().map(JsonNode::asString);
	}

	static Stream<Arguments> validAfterNormalisingVectors() {
		return vectors().get("validAfterNormalising")
			.values()
			.stream()
			.map((vector) -> Arguments.of(vector.get("value").asString(), vector.get("normalised").asString()));
	}

	static Stream<String> invalidVectors() {
		return vectors().get("invalid").values().stream().map((vector) -> vector.get("value").asString());
	}

	@ParameterizedTest
	@MethodSource("validVectors")
	void accepts_every_valid_reference_number(String number) {
		assertThat(ResidentId.parse(number, TODAY).value()).isEqualTo(number);
		assertThat(ResidentId.of(number).value()).isEqualTo(number);
	}

	@ParameterizedTest
	@MethodSource("validAfterNormalisingVectors")
	void normalises_every_reference_number_that_needs_it(String typed, String normalised) {
		assertThat(ResidentId.parse(typed, TODAY).value()).isEqualTo(normalised);
	}

	@ParameterizedTest
	@MethodSource("invalidVectors")
	void refuses_every_invalid_reference_number_with_its_problem(String number) {
		assertThat(INVALID_VECTOR_PROBLEMS).as("expected problem of reference vector %s", number).containsKey(number);
		assertThatThrownBy(() -> ResidentId.parse(number, TODAY)).isInstanceOfSatisfying(
				InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(INVALID_VECTOR_PROBLEMS.get(number)));
	}

	@Test
	void reference_vectors_are_all_read() {
		assertThat(validVectors()).hasSize(9);
		assertThat(validAfterNormalisingVectors()).hasSize(3);
		assertThat(invalidVectors()).hasSize(INVALID_VECTOR_PROBLEMS.size());
	}

	@Test
	void refuses_a_legacy_15_digit_number_as_such() {
		assertProblem("621121380512562", ResidentIdProblem.LEGACY_15_DIGIT);
		assertProblem(" 621121 380512 562 ", ResidentIdProblem.LEGACY_15_DIGIT);
	}

	@Test
	void reports_other_15_character_inputs_as_length() {
		assertProblem("62112138051256X", ResidentIdProblem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6211211938051256260", "6211211938", "6" })
	void refuses_numbers_not_18_long(String number) {
		assertProblem(number, ResidentIdProblem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "62112119380512562A", "6211211938O5125626", "62112119380512X626", "X21121193805125626",
			"62112119380512562-", "６２１１２１１９３８０５１２５６２Ａ" })
	void refuses_letters_or_symbols_where_digits_belong(String number) {
		assertProblem(number, ResidentIdProblem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "   ", "\u3000", "" })
	void refuses_blank_input_as_empty(String blank) {
		assertProblem(blank, ResidentIdProblem.EMPTY);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			62112119560704009x                      | 62112119560704009X
			62112119560704009Ｘ                     | 62112119560704009X
			62112119560704009ｘ                     | 62112119560704009X
			621121 19380512 5626                    | 621121193805125626
			\u3000621121193805125626\u3000          | 621121193805125626
			６２１１２１　１９３８０５１２　５６２６ | 621121193805125626
			""")
	void normalises_input_method_artefacts(String typed, String normalised) {
		assertThat(ResidentId.parse(typed, TODAY).value()).isEqualTo(normalised);
	}

	@Test
	void normalises_what_a_card_reader_appends() {
		assertThat(ResidentId.parse("621121193805125626\r\n", TODAY).value()).isEqualTo("621121193805125626");
	}

	@Test
	void of_accepts_canonical_form_only() {
		assertThatThrownBy(() -> ResidentId.of("62112119560704009x")).isInstanceOfSatisfying(
				InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(ResidentIdProblem.CHARACTERS));
		assertThatThrownBy(() -> ResidentId.of(" 621121193805125626")).isInstanceOf(InvalidResidentIdException.class);
		assertThatThrownBy(() -> new ResidentId("621121193805125620")).isInstanceOfSatisfying(
				InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(ResidentIdProblem.CHECK_DIGIT));
	}

	@Test
	void of_keeps_a_number_whose_birth_date_is_later_than_some_clock() {
		// accepted at a node on 2026-11-25; read at a hub whose clock says the day before
		ResidentId bornToday = ResidentId.parse(withCheckDigit("62112120261125001"), TODAY);

		assertThat(ResidentId.of(bornToday.value())).isEqualTo(bornToday);
		assertThatThrownBy(() -> ResidentId.parse(bornToday.value(), TODAY.minusDays(1))).isInstanceOfSatisfying(
				InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(ResidentIdProblem.FUTURE_DATE));
	}

	@Test
	void accepts_someone_born_today() {
		assertThat(ResidentId.parse(withCheckDigit("62112120261125001"), TODAY).birthDate()).isEqualTo(TODAY);
	}

	@Test
	void checks_the_check_digit_before_the_date() {
		// 1953-02-29 does not exist, but a wrong check digit is the likelier typing error
		assertProblem("621121195302291230", ResidentIdProblem.CHECK_DIGIT);
	}

	@Test
	void refuses_day_zero_and_day_32() {
		assertProblem(withCheckDigit("62112119530200123"), ResidentIdProblem.NO_SUCH_DATE);
		assertProblem(withCheckDigit("62112119530132123"), ResidentIdProblem.NO_SUCH_DATE);
	}

	@Test
	void accepts_29_february_of_a_leap_year() {
		assertThat(ResidentId.of("621121195202293558").birthDate()).isEqualTo(LocalDate.of(1952, 2, 29));
	}

	@Test
	void reads_the_parts_of_the_number() {
		ResidentId id = ResidentId.of("621121196001016137");

		assertThat(id.areaCode()).isEqualTo("621121");
		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1960, 1, 1));
		assertThat(id.lastFour()).isEqualTo("6137");
	}

	@Test
	void keeps_x_in_the_last_four() {
		assertThat(ResidentId.of("62112119560704009X").lastFour()).isEqualTo("009X");
	}

	@ParameterizedTest
	@CsvSource({ "621121193805125626, FEMALE", "621121194411030784, FEMALE", "621121195202293558, MALE",
			"621121196001016137, MALE", "621121194708230891, MALE", "62112119560704009X, MALE" })
	void reads_sex_from_the_17th_digit(String number, Sex sex) {
		assertThat(ResidentId.of(number).sex()).isEqualTo(sex);
	}

	@Test
	void counts_age_in_full_years_turning_on_the_birthday() {
		ResidentId bornOn1960_01_01 = ResidentId.of("621121196001016137");

		assertThat(bornOn1960_01_01.ageOn(LocalDate.of(2019, 12, 31))).isEqualTo(59);
		assertThat(bornOn1960_01_01.ageOn(LocalDate.of(2020, 1, 1))).isEqualTo(60);
		assertThat(bornOn1960_01_01.ageOn(LocalDate.of(2020, 1, 2))).isEqualTo(60);
		assertThat(bornOn1960_01_01.ageOn(LocalDate.of(1960, 1, 1))).isZero();
	}

	@Test
	void counts_someone_born_on_29_february_a_year_older_on_1_march_of_common_years() {
		ResidentId bornOn1952_02_29 = ResidentId.of("621121195202293558");

		assertThat(bornOn1952_02_29.ageOn(LocalDate.of(2013, 2, 28))).isEqualTo(60);
		assertThat(bornOn1952_02_29.ageOn(LocalDate.of(2013, 3, 1))).isEqualTo(61);
		assertThat(bornOn1952_02_29.ageOn(LocalDate.of(2012, 2, 28))).isEqualTo(59);
		assertThat(bornOn1952_02_29.ageOn(LocalDate.of(2012, 2, 29))).isEqualTo(60);
	}

	@Test
	void refuses_an_age_before_birth() {
		assertThatThrownBy(() -> ResidentId.of("621121196001016137").ageOn(LocalDate.of(1959, 12, 31)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void masks_birth_date_and_sequence() {
		ResidentId id = ResidentId.of("621121196001016137");

		assertThat(id.masked()).isEqualTo("621121********6137");
		assertThat(id.toString()).isEqualTo("621121********6137");
		assertThat("applicant " + id).doesNotContain("19600101");
	}

	@Test
	void keeps_the_number_out_of_exception_messages() {
		for (String number : List.of("621121193805125620", "62112119530229123", "621121195302291234",
				"621121209901010013", "621121380512562", "62112119380512562A")) {
			assertThatThrownBy(() -> ResidentId.parse(number, TODAY))
				.isInstanceOfSatisfying(InvalidResidentIdException.class, (ex) -> {
					assertThat(ex.getMessage()).doesNotContain(number).contains(ex.problem().name());
					assertThat(ex.getMessage()).doesNotContain(number.substring(6, 14));
				});
		}
	}

	@Test
	void compares_by_value() {
		assertThat(ResidentId.parse("62112119560704009x", TODAY)).isEqualTo(ResidentId.of("62112119560704009X"))
			.hasSameHashCodeAs(ResidentId.of("62112119560704009X"))
			.isNotEqualTo(ResidentId.of("621121196001016137"));
	}

	@Test
	void names_its_problems_by_message_key() {
		assertThatThrownBy(() -> ResidentId.parse("621121193805125620", TODAY)).isInstanceOfSatisfying(
				InvalidResidentIdException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("resident.id.problem.CHECK_DIGIT"));
	}

	@Test
	void travels_as_the_full_number_in_json() {
		ResidentId id = ResidentId.of("62112119560704009X");

		assertThat(JSON.writeValueAsString(id)).isEqualTo("\"62112119560704009X\"");
		assertThat(JSON.readValue("\"62112119560704009X\"", ResidentId.class)).isEqualTo(id);
		assertThat(JSON.writeValueAsString(new Applicant(id))).isEqualTo("{\"id\":\"62112119560704009X\"}");
		assertThat(JSON.readValue("{\"id\":\"62112119560704009X\"}", Applicant.class)).isEqualTo(new Applicant(id));
	}

	@Test
	void refuses_invalid_or_non_canonical_numbers_from_json() {
		assertThatThrownBy(() -> JSON.readValue("\"621121193805125620\"", ResidentId.class))
			.isInstanceOf(JacksonException.class)
			.hasRootCauseInstanceOf(InvalidResidentIdException.class);
		assertThatThrownBy(() -> JSON.readValue("\"62112119560704009x\"", ResidentId.class))
			.isInstanceOf(JacksonException.class)
			.hasRootCauseInstanceOf(InvalidResidentIdException.class);
	}

	@Test
	void reads_a_future_birth_date_from_json() {
		String bornNextYear = withCheckDigit("62112120271125001");

		assertThat(JSON.readValue("\"" + bornNextYear + "\"", ResidentId.class).value()).isEqualTo(bornNextYear);
	}

	private static void assertProblem(String raw, ResidentIdProblem problem) {
		assertThatThrownBy(() -> ResidentId.parse(raw, TODAY)).isInstanceOfSatisfying(InvalidResidentIdException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

	/** The check digit computed independently of the class under test, from GB 11643. */
	static String withCheckDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int weight = (1 << (17 - i)) % 11;
			sum += (first17.charAt(i) - '0') * weight;
		}
		int check = (12 - sum % 11) % 11;
		return first17 + (check == 10 ? "X" : String.valueOf(check));
	}

	record Applicant(ResidentId id) {
	}

}

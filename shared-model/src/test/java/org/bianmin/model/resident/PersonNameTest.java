package org.bianmin.model.resident;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonNameTest {

	/** 𠈌 (U+2020C), a rare character from CJK Extension B, outside the BMP. */
	private static final String RARE = new String(Character.toChars(0x2020C));

	@Test
	void keeps_a_rare_character_outside_the_bmp() {
		PersonName name = PersonName.of("王" + RARE + "芳");

		assertThat(name.value()).isEqualTo("王\uD840\uDE0C芳");
		assertThat(name.codePointLength()).isEqualTo(3);
		assertThat(name.value()).hasSize(4);
	}

	@Test
	void accepts_50_supplementary_characters_that_are_100_utf16_units_long() {
		String fifty = extensionBCharacters(50);

		PersonName name = PersonName.of(fifty);

		assertThat(name.value()).hasSize(100).isEqualTo(fifty);
		assertThat(name.codePointLength()).isEqualTo(50);
	}

	@Test
	void refuses_51_characters() {
		assertProblem(extensionBCharacters(51), PersonNameProblem.TOO_LONG);
		assertProblem("张".repeat(51), PersonNameProblem.TOO_LONG);
	}

	@Test
	void accepts_one_character() {
		assertThat(PersonName.of("岚").codePointLength()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "李明", "欧阳修远", "阿依古丽·买买提", "Maria Schmidt", "José Núñez", "Lǚ Xiaoming", "李〇",
			"\u4E00\u9FFF", "\u3400", "\uD869\uDEDF", "\uD87E\uDC00" })
	void accepts_names_of_han_ideographs_latin_letters_middle_dots_and_spaces(String name) {
		assertThat(PersonName.of(name).value()).isNotEmpty();
	}

	@Test
	void accepts_ideographs_of_the_later_extension_blocks() {
		// first ideographs of extensions C, D, E, F, G, H and I
		int[] fromEachBlock = { 0x2A700, 0x2B740, 0x2B820, 0x2CEB0, 0x30000, 0x31350, 0x2EBF0 };
		for (int codePoint : fromEachBlock) {
			String name = "张" + new String(Character.toChars(codePoint));
			assertThat(PersonName.of(name).value()).isEqualTo(name);
		}
	}

	@Test
	void trims_and_collapses_spaces() {
		assertThat(PersonName.of("  Maria   Schmidt \u3000").value()).isEqualTo("Maria Schmidt");
		assertThat(PersonName.of("\u3000李明\u3000").value()).isEqualTo("李明");
		assertThat(PersonName.of("Maria\u00A0Schmidt").value()).isEqualTo("Maria Schmidt");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			阿依古丽・买买提   | 阿依古丽·买买提
			阿依古丽･买买提    | 阿依古丽·买买提
			阿依古丽•买买提    | 阿依古丽·买买提
			阿依古丽‧买买提    | 阿依古丽·买买提
			阿依古丽 · 买买提  | 阿依古丽·买买提
			""")
	void turns_look_alike_dots_into_the_middle_dot(String typed, String canonical) {
		assertThat(PersonName.of(typed).value()).isEqualTo(canonical);
	}

	@Test
	void normalises_to_nfc() {
		String decomposed = "Jose\u0301";

		assertThat(PersonName.of(decomposed).value()).isEqualTo("Jos\u00E9");
		assertThat(PersonName.of(decomposed)).isEqualTo(PersonName.of("José"));
	}

	@Test
	void maps_cjk_compatibility_ideographs_to_their_unified_form() {
		// U+F900 is canonically equivalent to U+8C48
		assertThat(PersonName.of("\uF900明").value()).isEqualTo("\u8C48明");
	}

	@Test
	void drops_invisible_characters_that_come_with_copy_and_paste() {
		assertThat(PersonName.of("\uFEFF李\u200B明\u200D").value()).isEqualTo("李明");
	}

	@Test
	void turns_full_width_latin_letters_into_ascii() {
		assertThat(PersonName.of("Ｍａｒｉａ").value()).isEqualTo("Maria");
	}

	@ParameterizedTest
	@ValueSource(strings = { "李明2", "李明😀", "李\t明", "李\n明", "李明.", "O'Brien", "Jean-Pierre", "李明!", "\uE000李",
			"李\u2E80", "\uD81C\uDC00" })
	void refuses_digits_symbols_emoji_and_control_characters(String name) {
		assertProblem(name, PersonNameProblem.CHARACTERS);
	}

	@Test
	void names_the_offending_character_by_code_point_without_the_name() {
		assertThatThrownBy(() -> PersonName.of("王小明😀")).isInstanceOfSatisfying(InvalidPersonNameException.class,
				(ex) -> assertThat(ex.getMessage()).contains("U+1F600").contains("position 4").doesNotContain("王小明"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "·买买提", "阿依古丽·", "阿依古丽··买买提", "阿依古丽· ·买买提" })
	void refuses_misplaced_middle_dots(String name) {
		assertProblem(name, PersonNameProblem.SEPARATORS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u3000", "\u200B" })
	void refuses_blank_names(String name) {
		assertProblem(name, PersonNameProblem.EMPTY);
	}

	@Test
	void names_its_problems_by_message_key() {
		assertThatThrownBy(() -> PersonName.of("李明2")).isInstanceOfSatisfying(InvalidPersonNameException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("resident.name.problem.CHARACTERS"));
	}

	@Test
	void compares_by_canonical_value() {
		assertThat(PersonName.of(" 阿依古丽・买买提 ")).isEqualTo(PersonName.of("阿依古丽·买买提"))
			.hasSameHashCodeAs(PersonName.of("阿依古丽·买买提"));
	}

	@Test
	void travels_as_a_string_in_json() {
		JsonMapper json = JsonMapper.shared();
		PersonName name = PersonName.of("王" + RARE + "芳");

		assertThat(json.writeValueAsString(name)).isEqualTo("\"王" + RARE + "芳\"");
		assertThat(json.readValue(json.writeValueAsString(name), PersonName.class)).isEqualTo(name);
		assertThatThrownBy(() -> json.readValue("\"李明2\"", PersonName.class)).isInstanceOf(JacksonException.class)
			.hasRootCauseInstanceOf(InvalidPersonNameException.class);
	}

	private static String extensionBCharacters(int count) {
		StringBuilder name = new StringBuilder();
		IntStream.range(0, count).forEach((i) -> name.appendCodePoint(0x20000 + i));
		return name.toString();
	}

	private static void assertProblem(String name, PersonNameProblem problem) {
		assertThatThrownBy(() -> PersonName.of(name)).isInstanceOfSatisfying(InvalidPersonNameException.class,
				(ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}

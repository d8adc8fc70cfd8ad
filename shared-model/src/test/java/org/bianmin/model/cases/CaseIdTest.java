package org.bianmin.model.cases;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseIdTest {

	private static final Instant NOW = Instant.parse("2026-11-25T01:30:00Z");

	@Test
	void makes_version_7_ids() {
		CaseId id = CaseId.newId(TimeOrderedUuidTest.clockAt(NOW), new SplittableRandom(3));

		assertThat(id.value().version()).isEqualTo(7);
		assertThat(id.value().variant()).isEqualTo(2);
		assertThat(TimeOrderedUuid.timestampOf(id.value())).isEqualTo(NOW);
	}

	@Test
	void orders_ids_made_at_increasing_times() {
		SplittableRandom random = new SplittableRandom(3);
		CaseId earlier = CaseId.newId(TimeOrderedUuidTest.clockAt(NOW), random);
		CaseId later = CaseId.newId(TimeOrderedUuidTest.clockAt(NOW.plusMillis(1)), random);

		assertThat(earlier.value()).isLessThan(later.value());
		assertThat(earlier.toString()).isLessThan(later.toString());
	}

	@Test
	void parses_its_own_text_back() {
		CaseId id = CaseId.newId(TimeOrderedUuidTest.clockAt(NOW), new SplittableRandom(3));

		assertThat(CaseId.parse(id.toString())).isEqualTo(id);
		assertThat(CaseId.parse(id.toString().toUpperCase())).isEqualTo(id);
		assertThat(CaseId.of(id.value())).isEqualTo(id);
	}

	@Test
	void accepts_uuids_of_other_versions() {
		UUID version4 = UUID.fromString("0b0c3c2e-6f1a-4d6e-9a51-3c1f0a2b4c5d");

		assertThat(CaseId.parse(version4.toString()).value()).isEqualTo(version4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not-a-uuid", "1-1-1-1-1", "0b0c3c2e6f1a4d6e9a513c1f0a2b4c5d",
			"0b0c3c2e-6f1a-4d6e-9a51-3c1f0a2b4c5g", "+b0c3c2e-6f1a-4d6e-9a51-3c1f0a2b4c5d",
			"{0b0c3c2e-6f1a-4d6e-9a51-3c1f0a2b4c5d}" })
	void refuses_text_that_is_not_a_uuid_in_standard_form(String text) {
		assertThatThrownBy(() -> CaseId.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void travels_as_uuid_text_in_json() {
		JsonMapper json = JsonMapper.shared();
		CaseId id = CaseId.of(UUID.fromString("019abf3c-2e6f-7a4d-9e9a-513c1f0a2b4c"));

		assertThat(json.writeValueAsString(id)).isEqualTo("\"019abf3c-2e6f-7a4d-9e9a-513c1f0a2b4c\"");
		assertThat(json.readValue("\"019abf3c-2e6f-7a4d-9e9a-513c1f0a2b4c\"", CaseId.class)).isEqualTo(id);
		assertThatThrownBy(() -> json.readValue("\"1-1-1-1-1\"", CaseId.class)).isInstanceOf(JacksonException.class);
	}

}

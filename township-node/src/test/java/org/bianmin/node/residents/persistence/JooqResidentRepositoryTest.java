package org.bianmin.node.residents.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.residents.PhoneNumber;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentSearch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
@Transactional
class JooqResidentRepositoryTest {

	private static final NodeCode QS = NodeCode.of("QS");

	@Autowired
	private ResidentRepository repository;

	@Test
	void round_trips_every_property_rare_characters_intact() {
		Instant at = Instant.parse("2026-03-02T01:02:03.456Z");
		Authorisation standing = new Authorisation(LocalDate.of(2026, 3, 1), Authorisation.Scope.STANDING,
				Authorisation.Form.WITNESSED_VERBAL, "王见证");
		Resident resident = new Resident(UUID.randomUUID(), 3, new Resident.Data(ResidentId.of("621121193805125626"),
				PersonName.of("张𠈌"), PhoneNumber.of("13912345678"), "柳湾村", true, true), at, "agent", standing);

		this.repository.insert(resident, QS);

		Resident read = this.repository.find(resident.id(), QS).orElseThrow();
		assertThat(read).isEqualTo(resident);
		assertThat(read.registeredAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
		assertThat(read.data().name().value()).isEqualTo("张𠈌");
	}

	@Test
	void round_trips_a_resident_without_phone_or_authorisation() {
		Resident resident = new Resident(UUID.randomUUID(), 1,
				new Resident.Data(ResidentId.of("621121194411030784"), PersonName.of("李秀兰"), null, "柳湾村", false, false),
				Instant.parse("2026-03-02T01:02:03Z"), "clerk", null);

		this.repository.insert(resident, QS);

		assertThat(this.repository.find(resident.id(), QS)).contains(resident);
	}

	@Test
	void another_nodes_resident_is_not_found_nor_listed() {
		Resident resident = new Resident(UUID.randomUUID(), 1,
				new Resident.Data(ResidentId.of("621121195202293558"), PersonName.of("赵外村"), null, "别村", false, false),
				Instant.parse("2026-03-02T01:02:03Z"), "agent", null);
		this.repository.insert(resident, NodeCode.of("QSLW"));

		assertThat(this.repository.find(resident.id(), QS)).isEmpty();
		assertThat(this.repository.search(new ResidentSearch.ByName("赵外村"), QS, 0, 10)).isEmpty();
		assertThat(this.repository.find(resident.id(), NodeCode.of("QSLW"))).isPresent();
	}

}

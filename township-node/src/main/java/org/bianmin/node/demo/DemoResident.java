package org.bianmin.node.demo;

import java.time.LocalDate;

import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;

/**
 * The made-up residents of the demo, in the villages 柳湾村 and 石门村 of the township QS. The
 * ID numbers are synthetic, with valid check digits (the valid vectors of
 * {@code ResidentIdTest}); they belong to no one.
 */
enum DemoResident {

	/** 88 in 2026: aged 80+, the village point's home-visit case. */
	WANG_XIULAN("王秀兰", "621121193805125626", "13800000001", "柳湾村", false, false),

	/** Aged 80+ in 2026. */
	ZHANG_GUIYING("张桂英", "621121194411030784", "13800000002", "柳湾村", false, false),

	/** Aged 60+; the name keeps the rare character U+2020C (𠈌), outside the BMP. */
	LI_MING("李\uD840\uDE0C明", "621121195202293558", "13800000003", "石门村", false, false),

	/** Pregnant. */
	LIU_XIAOHONG("刘晓红", "621121198507308662", "13800000004", "石门村", false, true),

	/** Holds a disability certificate. */
	CHEN_ZHIQIANG("陈志强", "621121199909156213", "13800000005", "柳湾村", true, false);

	private final PersonName name;

	private final ResidentId id;

	private final String phone;

	private final String village;

	private final boolean disabled;

	private final boolean pregnant;

	DemoResident(String name, String id, String phone, String village, boolean disabled, boolean pregnant) {
		this.name = PersonName.of(name);
		this.id = ResidentId.of(id);
		this.phone = phone;
		this.village = village;
		this.disabled = disabled;
		this.pregnant = pregnant;
	}

	PersonName personName() {
		return this.name;
	}

	ResidentId residentId() {
		return this.id;
	}

	/** The applicant's details as filed on a day; the age groups follow from that day. */
	ApplicantSnapshot applicant(LocalDate on) {
		return new ApplicantSnapshot(this.id, this.name, this.phone, this.village,
				SpecialGroup.of(this.id, on, this.disabled, this.pregnant));
	}

}

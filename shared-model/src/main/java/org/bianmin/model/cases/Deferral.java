package org.bianmin.model.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A non-key material accepted as missing under 容缺受理: the applicant's written commitment
 * (承诺) to supply it by a due date.
 *
 * @param material the material's name in the item's terms
 * @param dueDate the last day to supply it; no later than the promised limit
 * @param committedBy who signed the commitment (the applicant, or their agent)
 */
public record Deferral(String material, LocalDate dueDate, String committedBy) {

	public Deferral {
		Objects.requireNonNull(material, "material");
		Objects.requireNonNull(dueDate, "dueDate");
		committedBy = TextRules.required(committedBy, 50, "committedBy");
	}

}

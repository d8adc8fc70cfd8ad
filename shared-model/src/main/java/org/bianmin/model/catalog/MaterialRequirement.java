package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A material an item asks for (申请材料).
 *
 * @param name the material's name, unique within its item
 * @param form original or copy
 * @param copies how many, at least 1
 * @param key whether the material is key (核心材料): only non-key materials may be deferred
 * under 容缺受理
 */
public record MaterialRequirement(String name, MaterialForm form, int copies, boolean key) {

	public MaterialRequirement {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(form, "form");
		List<CatalogProblem> problems = new ArrayList<>();
		ItemRules.material("", name, copies, (field, rule) -> problems.add(new CatalogProblem(null, field, rule)));
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(problems);
		}
	}

	/**
	 * Whether the material may be handed in later under a written commitment (容缺受理).
	 * @return {@code true} for a non-key material
	 */
	public boolean deferrable() {
		return !this.key;
	}

}

package org.bianmin.model.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bianmin.model.catalog.ItemCategory;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;

/**
 * The terms of a service item that a case is pinned to: what the lifecycle rules need
 * from the catalog version the case was filed under. A case carries them in its first
 * event, so every place folds it the same way without looking the catalog up, and a later
 * catalog version never changes an old case.
 *
 * @param code the item's code (三级四同: the same at every level)
 * @param catalogVersion the catalog version the case was filed under
 * @param name the item's name as published in that version
 * @param category instant, same-day, time-limited, proxy or no-visit
 * @param decidedAt the level that decides it: TOWNSHIP or COUNTY
 * @param legalLimitDays the legal limit in working days
 * @param promisedLimitDays the promised limit in working days
 * @param materials the required materials and whether each is key
 */
public record ItemTerms(ItemCode code, int catalogVersion, String name, ItemCategory category, NodeLevel decidedAt,
		int legalLimitDays, int promisedLimitDays, List<MaterialTerm> materials) {

	public ItemTerms {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(decidedAt, "decidedAt");
		materials = List.copyOf(materials);
		if (catalogVersion < 1) {
			throw new IllegalArgumentException("catalog version must be positive");
		}
		if (decidedAt == NodeLevel.VILLAGE) {
			throw new IllegalArgumentException("items are decided at a township or the county");
		}
		if (promisedLimitDays < 0 || promisedLimitDays > legalLimitDays) {
			throw new IllegalArgumentException("promised limit must be between 0 and the legal limit");
		}
		if (materials.stream().map(MaterialTerm::name).distinct().count() != materials.size()) {
			throw new IllegalArgumentException("material names must be unique");
		}
	}

	/** The terms of an item as published in a catalog version. */
	public static ItemTerms of(ServiceItem item, int catalogVersion) {
		return new ItemTerms(item.code(), catalogVersion, item.name(), item.category(), item.decidedAt(),
				item.legalLimitDays(), item.promisedLimitDays(),
				item.materials().stream().map((m) -> new MaterialTerm(m.name(), m.key())).toList());
	}

	public Optional<MaterialTerm> material(String name) {
		return this.materials.stream().filter((m) -> m.name().equals(name)).findFirst();
	}

	public boolean isInstant() {
		return this.category == ItemCategory.INSTANT;
	}

	/** A required material and whether it is key (only non-key ones may be deferred). */
	public record MaterialTerm(String name, boolean key) {

		public MaterialTerm {
			Objects.requireNonNull(name, "name");
			if (name.isBlank()) {
				throw new IllegalArgumentException("material name must not be blank");
			}
		}

	}

}

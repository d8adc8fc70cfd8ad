package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A service item (政务服务事项) with its standard guide (办事指南). Creating one checks every
 * catalog rule and reports all broken ones at once in an {@link InvalidCatalogException}.
 *
 * @param code the item code, the same at every level
 * @param name the item name (Chinese)
 * @param nameEn the English name, if known
 * @param type the kind of power or service
 * @param acceptAt the levels whose windows accept (or, for villages, file) the item
 * @param decidedAt the level that decides: a township centre or the county
 * @param department the department responsible
 * @param legalBasis the legal basis (设定依据)
 * @param conditions the conditions of acceptance (受理条件), possibly none
 * @param category how the item is handled
 * @param legalLimitDays the legal limit (法定时限) in working days
 * @param promisedLimitDays the promised limit (承诺时限) in working days, at most the legal
 * one; the time-limit clock runs on this one
 * @param proxyAllowed whether a proxy agent may file the item for a resident
 * @param fee the fee, in words (不收费 for a free item)
 * @param materials the materials asked for, at least one, with unique names
 */
public record ServiceItem(ItemCode code, String name, @Nullable String nameEn, ItemType type, Set<NodeLevel> acceptAt,
		NodeLevel decidedAt, String department, String legalBasis, List<String> conditions, ItemCategory category,
		int legalLimitDays, int promisedLimitDays, boolean proxyAllowed, String fee,
		List<MaterialRequirement> materials) {

	public ServiceItem {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(acceptAt, "acceptAt");
		Objects.requireNonNull(decidedAt, "decidedAt");
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(legalBasis, "legalBasis");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(fee, "fee");
		acceptAt = levels(acceptAt);
		conditions = List.copyOf(conditions);
		materials = List.copyOf(materials);
		List<CatalogProblem> problems = new ArrayList<>();
		ItemRules.Sink sink = (field, rule) -> problems.add(new CatalogProblem(code.value(), field, rule));
		ItemRules.text("name", name, CatalogProblem.Rule.NAME_BLANK, sink);
		ItemRules.text("nameEn", nameEn, CatalogProblem.Rule.NAME_EN_BLANK, sink);
		ItemRules.text("department", department, CatalogProblem.Rule.DEPARTMENT_BLANK, sink);
		ItemRules.text("legalBasis", legalBasis, CatalogProblem.Rule.LEGAL_BASIS_BLANK, sink);
		ItemRules.text("fee", fee, CatalogProblem.Rule.FEE_BLANK, sink);
		ItemRules.conditions(conditions, sink);
		ItemRules.levels(acceptAt, decidedAt, sink);
		ItemRules.limits(category, legalLimitDays, promisedLimitDays, proxyAllowed, sink);
		ItemRules.materials(materials.stream().map(MaterialRequirement::name).toList(), sink);
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(problems);
		}
	}

	/**
	 * An unmodifiable set in the order village, township, county, so that output is
	 * stable.
	 */
	private static Set<NodeLevel> levels(Set<NodeLevel> levels) {
		EnumSet<NodeLevel> copy = EnumSet.noneOf(NodeLevel.class);
		copy.addAll(levels);
		return Collections.unmodifiableSet(copy);
	}

	/**
	 * Looks a material up by name.
	 * @param name the material's name
	 * @return the material, or empty if the item does not ask for it
	 */
	public Optional<MaterialRequirement> material(String name) {
		return this.materials.stream().filter((material) -> material.name().equals(name)).findFirst();
	}

	/**
	 * The key materials (核心材料): a case cannot be accepted without them.
	 * @return the key materials, in guide order
	 */
	public List<MaterialRequirement> keyMaterials() {
		return this.materials.stream().filter(MaterialRequirement::key).toList();
	}

	/**
	 * Whether a proxy agent working at a level may file this item for a resident.
	 * @param level the agent's level
	 * @return {@code true} if proxy filing is allowed and the level accepts the item
	 */
	public boolean isProxyFilableAt(NodeLevel level) {
		return this.proxyAllowed && this.acceptAt.contains(level);
	}

	/**
	 * Whether the county decides the item, so that a node forwards its cases to the hub.
	 * @return {@code true} for a county-level item
	 */
	public boolean decidedAtCounty() {
		return this.decidedAt == NodeLevel.COUNTY;
	}

}

package org.bianmin.model.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bianmin.model.catalog.CatalogProblem.Rule;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * The catalog rules, in one place for both the domain records (which refuse to exist when
 * a rule is broken) and {@link CatalogDocument} (which reports every problem of a file at
 * once). A {@code null} argument means "missing or unreadable, already reported": the
 * rules that need it are skipped rather than reported twice.
 */
final class ItemRules {

	/** Where the rules report a broken rule, for a field of the item being checked. */
	@FunctionalInterface
	interface Sink {

		void report(String field, Rule rule);

	}

	private ItemRules() {
	}

	static void text(String field, @Nullable String value, Rule rule, Sink sink) {
		if (value != null && value.isBlank()) {
			sink.report(field, rule);
		}
	}

	static void conditions(@Nullable List<? extends @Nullable String> conditions, Sink sink) {
		if (conditions == null) {
			return;
		}
		for (int i = 0; i < conditions.size(); i++) {
			String condition = conditions.get(i);
			if (condition == null || condition.isBlank()) {
				sink.report("conditions[" + i + "]", Rule.CONDITION_BLANK);
			}
		}
	}

	static void levels(@Nullable Set<NodeLevel> acceptAt, @Nullable NodeLevel decidedAt, Sink sink) {
		if (acceptAt != null) {
			if (acceptAt.isEmpty()) {
				sink.report("acceptAt", Rule.ACCEPT_AT_EMPTY);
			}
			// a village point has no window that accepts: its filings go to the township
			if (acceptAt.contains(NodeLevel.VILLAGE) && !acceptAt.contains(NodeLevel.TOWNSHIP)) {
				sink.report("acceptAt", Rule.VILLAGE_WITHOUT_TOWNSHIP);
			}
		}
		if (decidedAt == NodeLevel.VILLAGE) {
			sink.report("decidedAt", Rule.DECIDED_AT_VILLAGE);
		}
		// cases travel up from a node to the hub, never down from the hub to a township
		if (decidedAt == NodeLevel.TOWNSHIP && acceptAt != null && acceptAt.contains(NodeLevel.COUNTY)) {
			sink.report("acceptAt", Rule.TOWNSHIP_ITEM_ACCEPTED_AT_COUNTY);
		}
	}

	static void limits(@Nullable ItemCategory category, @Nullable Integer legalLimitDays,
			@Nullable Integer promisedLimitDays, @Nullable Boolean proxyAllowed, Sink sink) {
		if (legalLimitDays != null && legalLimitDays < 0) {
			sink.report("legalLimitDays", Rule.LIMIT_NEGATIVE);
		}
		if (promisedLimitDays != null && promisedLimitDays < 0) {
			sink.report("promisedLimitDays", Rule.LIMIT_NEGATIVE);
		}
		if (legalLimitDays != null && promisedLimitDays != null && promisedLimitDays > legalLimitDays) {
			sink.report("promisedLimitDays", Rule.PROMISED_ABOVE_LEGAL);
		}
		if (category == ItemCategory.INSTANT && ((legalLimitDays != null && legalLimitDays != 0)
				|| (promisedLimitDays != null && promisedLimitDays != 0))) {
			sink.report("category", Rule.INSTANT_LIMIT_NOT_ZERO);
		}
		if (category == ItemCategory.SAME_DAY && promisedLimitDays != null && promisedLimitDays > 1) {
			sink.report("promisedLimitDays", Rule.SAME_DAY_LIMIT_TOO_LONG);
		}
		if (category == ItemCategory.PROXY && Boolean.FALSE.equals(proxyAllowed)) {
			sink.report("proxyAllowed", Rule.PROXY_ITEM_WITHOUT_PROXY);
		}
	}

	/**
	 * Checks the list of materials as a whole.
	 * @param names the materials' names in order, {@code null} where a name is missing
	 */
	static void materials(List<? extends @Nullable String> names, Sink sink) {
		if (names.isEmpty()) {
			sink.report("materials", Rule.MATERIALS_EMPTY);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name != null && !name.isBlank() && !seen.add(name)) {
				sink.report("materials[" + i + "].name", Rule.MATERIAL_NAME_DUPLICATE);
			}
		}
	}

	static void material(String prefix, @Nullable String name, @Nullable Integer copies, Sink sink) {
		text(prefix + "name", name, Rule.MATERIAL_NAME_BLANK, sink);
		if (copies != null && copies < 1) {
			sink.report(prefix + "copies", Rule.COPIES_BELOW_ONE);
		}
	}

	static void version(@Nullable Integer version, Sink sink) {
		if (version != null && version < 1) {
			sink.report("version", Rule.VERSION_NOT_POSITIVE);
		}
	}

	static void items(List<?> items, Sink sink) {
		if (items.isEmpty()) {
			sink.report("items", Rule.ITEMS_EMPTY);
		}
	}

	/**
	 * Finds the codes that occur more than once.
	 * @return the second and later occurrences, in order
	 */
	static List<String> duplicateCodes(List<? extends @Nullable String> itemCodes) {
		Set<String> seen = new HashSet<>();
		return itemCodes.stream()
			.filter((code) -> code != null && !seen.add(code))
			.map((code) -> (String) code)
			.toList();
	}

}

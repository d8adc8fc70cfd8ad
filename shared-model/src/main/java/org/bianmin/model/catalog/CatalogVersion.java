package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A published version of the county's catalog. Immutable: a case keeps the version it was
 * accepted under, so a change to the catalog is always a new version.
 *
 * @param version the version number, from 1
 * @param items the items, at least one, with unique codes, in the order published
 * @param about a note on the version (what changed, where the items come from), if any
 */
public record CatalogVersion(int version, List<ServiceItem> items, @Nullable String about) {

	public CatalogVersion {
		items = List.copyOf(items);
		List<CatalogProblem> problems = new ArrayList<>();
		ItemRules.Sink sink = (field, rule) -> problems.add(new CatalogProblem(null, field, rule));
		ItemRules.version(version, sink);
		ItemRules.items(items, sink);
		for (String duplicate : ItemRules.duplicateCodes(codes(items))) {
			problems.add(new CatalogProblem(duplicate, "code", CatalogProblem.Rule.CODE_DUPLICATE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(problems);
		}
	}

	private static List<String> codes(List<ServiceItem> items) {
		return items.stream().map((item) -> item.code().value()).toList();
	}

	/**
	 * Looks an item up by code.
	 * @param code the item code
	 * @return the item, or empty if this version has no such item
	 */
	public Optional<ServiceItem> item(ItemCode code) {
		Objects.requireNonNull(code, "code");
		return this.items.stream().filter((item) -> item.code().equals(code)).findFirst();
	}

	/**
	 * The proxy catalog (代办事项目录) for a level: the items a proxy agent there may file.
	 * @param level the agent's level
	 * @return the items, in catalog order
	 */
	public List<ServiceItem> proxyCatalogFor(NodeLevel level) {
		return this.items.stream().filter((item) -> item.isProxyFilableAt(level)).toList();
	}

}

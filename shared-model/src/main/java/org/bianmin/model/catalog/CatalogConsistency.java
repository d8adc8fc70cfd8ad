package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The 三级四同 rule: an item has the same code, name, type and legal basis at every level.
 * Comparing two catalogs (e.g. the county's and one that a township still uses, or the
 * county's and the province's list) shows the items whose code matches while the name,
 * type or basis differ.
 */
public final class CatalogConsistency {

	private CatalogConsistency() {
	}

	/**
	 * Compares the items two catalogs have in common. Items only one catalog has are not
	 * reported: a county lists items its townships do not handle.
	 * @param first one catalog
	 * @param second the other
	 * @return every difference, in the order of {@code first}'s items and then by aspect
	 */
	public static List<Mismatch> check(CatalogVersion first, CatalogVersion second) {
		List<Mismatch> mismatches = new ArrayList<>();
		for (ServiceItem item : first.items()) {
			Optional<ServiceItem> other = second.item(item.code());
			if (other.isEmpty()) {
				continue;
			}
			for (Aspect aspect : Aspect.values()) {
				String inFirst = aspect.of(item);
				String inSecond = aspect.of(other.get());
				if (!inFirst.equals(inSecond)) {
					mismatches.add(new Mismatch(item.code(), aspect, inFirst, inSecond));
				}
			}
		}
		return List.copyOf(mismatches);
	}

	/**
	 * What must be the same at every level, besides the code.
	 */
	public enum Aspect {

		/** 名称. */
		NAME("catalog.consistency.nameDiffers", ServiceItem::name),

		/** 类型. */
		TYPE("catalog.consistency.typeDiffers", (item) -> item.type().name()),

		/** 依据. */
		LEGAL_BASIS("catalog.consistency.legalBasisDiffers", ServiceItem::legalBasis);

		private final String messageKey;

		private final Function<ServiceItem, String> value;

		Aspect(String messageKey, Function<ServiceItem, String> value) {
			this.messageKey = messageKey;
			this.value = value;
		}

		/**
		 * The key of the mismatch's text in {@code bianmin-model-i18n/catalog}; the text
		 * may use {@code {0}} for the code, {@code {1}} and {@code {2}} for the two
		 * values.
		 * @return the message key
		 */
		public String messageKey() {
			return this.messageKey;
		}

		String of(ServiceItem item) {
			return this.value.apply(item);
		}

	}

	/**
	 * An item whose code matches in both catalogs while one aspect differs.
	 *
	 * @param code the item code
	 * @param aspect what differs
	 * @param inFirst the value in the first catalog (an enum's name for the type)
	 * @param inSecond the value in the second catalog
	 */
	public record Mismatch(ItemCode code, Aspect aspect, String inFirst, String inSecond) {

		public Mismatch {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(aspect, "aspect");
			Objects.requireNonNull(inFirst, "inFirst");
			Objects.requireNonNull(inSecond, "inSecond");
		}

		/**
		 * The key of the mismatch's text in {@code bianmin-model-i18n/catalog}.
		 * @return the message key
		 */
		public String messageKey() {
			return this.aspect.messageKey();
		}

	}

}

package org.bianmin.model.catalog;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a catalog or one of its items. The text lives in the
 * {@code catalog} message bundle under {@link #messageKey()}; it may use {@code {0}} for
 * the item and {@code {1}} for the field.
 *
 * @param itemCode the code of the item in question as written (or its position, e.g.
 * {@code items[3]}, when it has no code); {@code null} for a problem of the whole catalog
 * @param field the field in question, named as in the JSON document (e.g.
 * {@code legalLimitDays}, {@code materials[2].copies})
 * @param rule the rule broken
 */
public record CatalogProblem(@Nullable String itemCode, String field, Rule rule) {

	public CatalogProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(rule, "rule");
	}

	/**
	 * The key of the problem's text in {@code bianmin-model-i18n/catalog}.
	 * @return the message key
	 */
	public String messageKey() {
		return this.rule.messageKey();
	}

	@Override
	public String toString() {
		return ((this.itemCode != null) ? this.itemCode + "." : "") + this.field + ": " + messageKey();
	}

	/**
	 * The rules a catalog and its items keep.
	 */
	public enum Rule {

		/** The item code is empty. */
		CODE_BLANK("catalog.problem.codeBlank"),

		/** The item code is longer than {@value ItemCode#MAX_LENGTH} characters. */
		CODE_TOO_LONG("catalog.problem.codeTooLong"),

		/** The item code has characters other than letters, digits, '-', '_' and '.'. */
		CODE_BAD_CHARACTERS("catalog.problem.codeBadCharacters"),

		/** Two items share a code. */
		CODE_DUPLICATE("catalog.problem.codeDuplicate"),

		/** A required field is missing. */
		REQUIRED("catalog.problem.required"),

		/**
		 * A field holds a value the catalog does not know (e.g. an unknown item type).
		 */
		UNKNOWN_VALUE("catalog.problem.unknownValue"),

		/** The item name is empty. */
		NAME_BLANK("catalog.problem.nameBlank"),

		/** The English name is given but empty. */
		NAME_EN_BLANK("catalog.problem.nameEnBlank"),

		/** The department is empty. */
		DEPARTMENT_BLANK("catalog.problem.departmentBlank"),

		/** The legal basis is empty (三级四同 compares it). */
		LEGAL_BASIS_BLANK("catalog.problem.legalBasisBlank"),

		/** A condition (受理条件) is empty. */
		CONDITION_BLANK("catalog.problem.conditionBlank"),

		/** The fee is empty (write 不收费 for a free item). */
		FEE_BLANK("catalog.problem.feeBlank"),

		/** No level accepts the item. */
		ACCEPT_AT_EMPTY("catalog.problem.acceptAtEmpty"),

		/** Village points may file an item only for a township centre to accept. */
		VILLAGE_WITHOUT_TOWNSHIP("catalog.problem.villageWithoutTownship"),

		/** A township-decided item accepted at the county could not be handed down. */
		TOWNSHIP_ITEM_ACCEPTED_AT_COUNTY("catalog.problem.townshipItemAcceptedAtCounty"),

		/**
		 * Items are decided at a township centre or at the county, never at a village.
		 */
		DECIDED_AT_VILLAGE("catalog.problem.decidedAtVillage"),

		/** A time limit is negative. */
		LIMIT_NEGATIVE("catalog.problem.limitNegative"),

		/** The promised limit is longer than the legal limit. */
		PROMISED_ABOVE_LEGAL("catalog.problem.promisedAboveLegal"),

		/** An instant item (即办件) must have both limits 0. */
		INSTANT_LIMIT_NOT_ZERO("catalog.problem.instantLimitNotZero"),

		/** A same-day item (当日办结件) may promise at most 1 working day. */
		SAME_DAY_LIMIT_TOO_LONG("catalog.problem.sameDayLimitTooLong"),

		/** A proxy item (代办服务件) must allow proxy filing. */
		PROXY_ITEM_WITHOUT_PROXY("catalog.problem.proxyItemWithoutProxy"),

		/** The item lists no materials. */
		MATERIALS_EMPTY("catalog.problem.materialsEmpty"),

		/** Two materials of an item share a name. */
		MATERIAL_NAME_DUPLICATE("catalog.problem.materialNameDuplicate"),

		/** A material's name is empty. */
		MATERIAL_NAME_BLANK("catalog.problem.materialNameBlank"),

		/** A material is asked for in fewer than 1 copy. */
		COPIES_BELOW_ONE("catalog.problem.copiesBelowOne"),

		/** A catalog version number is 0 or negative. */
		VERSION_NOT_POSITIVE("catalog.problem.versionNotPositive"),

		/** A catalog has no items. */
		ITEMS_EMPTY("catalog.problem.itemsEmpty");

		private final String messageKey;

		Rule(String messageKey) {
			this.messageKey = messageKey;
		}

		/**
		 * The key of the rule's text in {@code bianmin-model-i18n/catalog}.
		 * @return the message key
		 */
		public String messageKey() {
			return this.messageKey;
		}

	}

}

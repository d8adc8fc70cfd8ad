package org.bianmin.model.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bianmin.model.catalog.TestItems.item;

class ServiceItemTest {

	@Test
	void the_starting_item_is_valid() {
		assertThat(item().build().code()).isEqualTo(ItemCode.of("T-001"));
	}

	static Stream<Arguments> brokenItems() {
		return Stream.of(rule("name", CatalogProblem.Rule.NAME_BLANK, (i) -> i.name = " "),
				rule("nameEn", CatalogProblem.Rule.NAME_EN_BLANK, (i) -> i.nameEn = ""),
				rule("department", CatalogProblem.Rule.DEPARTMENT_BLANK, (i) -> i.department = ""),
				rule("legalBasis", CatalogProblem.Rule.LEGAL_BASIS_BLANK, (i) -> i.legalBasis = "\t"),
				rule("fee", CatalogProblem.Rule.FEE_BLANK, (i) -> i.fee = ""),
				rule("conditions[1]", CatalogProblem.Rule.CONDITION_BLANK, (i) -> i.conditions.set(1, " ")),
				rule("acceptAt", CatalogProblem.Rule.ACCEPT_AT_EMPTY,
						(i) -> i.acceptAt = EnumSet.noneOf(NodeLevel.class)),
				rule("acceptAt", CatalogProblem.Rule.VILLAGE_WITHOUT_TOWNSHIP,
						(i) -> i.acceptAt = EnumSet.of(NodeLevel.VILLAGE)),
				rule("acceptAt", CatalogProblem.Rule.TOWNSHIP_ITEM_ACCEPTED_AT_COUNTY, (i) -> {
					i.decidedAt = NodeLevel.TOWNSHIP;
					i.acceptAt = EnumSet.of(NodeLevel.TOWNSHIP, NodeLevel.COUNTY);
				}), rule("decidedAt", CatalogProblem.Rule.DECIDED_AT_VILLAGE, (i) -> i.decidedAt = NodeLevel.VILLAGE),
				rule("promisedLimitDays", CatalogProblem.Rule.LIMIT_NEGATIVE, (i) -> i.promisedLimitDays = -1),
				rule("promisedLimitDays", CatalogProblem.Rule.PROMISED_ABOVE_LEGAL, (i) -> i.promisedLimitDays = 21),
				rule("category", CatalogProblem.Rule.INSTANT_LIMIT_NOT_ZERO, (i) -> {
					i.category = ItemCategory.INSTANT;
					i.legalLimitDays = 1;
					i.promisedLimitDays = 0;
				}), rule("promisedLimitDays", CatalogProblem.Rule.SAME_DAY_LIMIT_TOO_LONG, (i) -> {
					i.category = ItemCategory.SAME_DAY;
					i.promisedLimitDays = 2;
				}), rule("proxyAllowed", CatalogProblem.Rule.PROXY_ITEM_WITHOUT_PROXY, (i) -> {
					i.category = ItemCategory.PROXY;
					i.proxyAllowed = false;
				}), rule("materials", CatalogProblem.Rule.MATERIALS_EMPTY, (i) -> i.materials.clear()),
				rule("materials[3].name", CatalogProblem.Rule.MATERIAL_NAME_DUPLICATE,
						(i) -> i.materials.add(new MaterialRequirement("户口簿", MaterialForm.COPY, 2, false))));
	}

	private static Arguments rule(String field, CatalogProblem.Rule rule, Consumer<TestItems> breakIt) {
		return Arguments.of(rule, field, breakIt);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenItems")
	void rejects_an_item_breaking_a_rule(CatalogProblem.Rule rule, String field, Consumer<TestItems> breakIt) {
		TestItems broken = item();
		breakIt.accept(broken);

		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class, broken::build);

		assertThat(ex).as("the item should be refused").isNotNull();
		assertThat(ex.problems()).containsExactly(new CatalogProblem("T-001", field, rule));
	}

	@Test
	void reports_every_broken_rule_at_once() {
		TestItems broken = item();
		broken.name = "";
		broken.promisedLimitDays = 30;
		broken.decidedAt = NodeLevel.VILLAGE;

		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class, broken::build);

		assertThat(ex.problems()).extracting(CatalogProblem::rule)
			.containsExactlyInAnyOrder(CatalogProblem.Rule.NAME_BLANK, CatalogProblem.Rule.PROMISED_ABOVE_LEGAL,
					CatalogProblem.Rule.DECIDED_AT_VILLAGE);
	}

	@Test
	void accepts_items_the_county_accepts_and_decides_and_instant_items_with_zero_limits() {
		TestItems county = item();
		county.acceptAt = EnumSet.of(NodeLevel.COUNTY);
		TestItems instant = item();
		instant.category = ItemCategory.INSTANT;
		instant.legalLimitDays = 0;
		instant.promisedLimitDays = 0;

		assertThat(county.build().acceptAt()).containsExactly(NodeLevel.COUNTY);
		assertThat(instant.build().promisedLimitDays()).isZero();
	}

	@Test
	void rejects_a_material_without_name_or_copies() {
		assertThat(catchThrowableOfType(InvalidCatalogException.class,
				() -> new MaterialRequirement(" ", MaterialForm.ORIGINAL, 1, true))
			.problems()).containsExactly(new CatalogProblem(null, "name", CatalogProblem.Rule.MATERIAL_NAME_BLANK));
		assertThat(catchThrowableOfType(InvalidCatalogException.class,
				() -> new MaterialRequirement("居民身份证", MaterialForm.ORIGINAL, 0, true))
			.problems()).containsExactly(new CatalogProblem(null, "copies", CatalogProblem.Rule.COPIES_BELOW_ONE));
	}

	@Test
	void looks_materials_up_by_name_and_lists_the_key_ones() {
		ServiceItem item = item().build();

		assertThat(item.material("户口簿")).get().extracting(MaterialRequirement::key).isEqualTo(true);
		assertThat(item.material("结婚证")).isEmpty();
		assertThat(item.keyMaterials()).extracting(MaterialRequirement::name).containsExactly("居民身份证", "户口簿");
		assertThat(item.material("银行账户")).get().extracting(MaterialRequirement::deferrable).isEqualTo(true);
	}

	@Test
	void proxy_filing_needs_both_permission_and_a_level_that_accepts() {
		TestItems township = item();
		township.acceptAt = EnumSet.of(NodeLevel.TOWNSHIP);
		TestItems noProxy = item();
		noProxy.proxyAllowed = false;

		assertThat(item().build().isProxyFilableAt(NodeLevel.VILLAGE)).isTrue();
		assertThat(township.build().isProxyFilableAt(NodeLevel.VILLAGE)).isFalse();
		assertThat(township.build().isProxyFilableAt(NodeLevel.TOWNSHIP)).isTrue();
		assertThat(noProxy.build().isProxyFilableAt(NodeLevel.VILLAGE)).isFalse();
	}

	@Test
	void knows_whether_the_county_decides() {
		TestItems township = item();
		township.decidedAt = NodeLevel.TOWNSHIP;

		assertThat(item().build().decidedAtCounty()).isTrue();
		assertThat(township.build().decidedAtCounty()).isFalse();
	}

	@Test
	void is_immutable_and_independent_of_the_lists_it_was_made_from() {
		TestItems source = item();
		ServiceItem item = source.build();
		source.conditions.clear();
		source.materials.clear();
		source.acceptAt.clear();

		assertThat(item.conditions()).hasSize(2);
		assertThat(item.materials()).hasSize(3);
		assertThat(item.acceptAt()).containsExactly(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP);
		assertThatThrownBy(() -> item.acceptAt().add(NodeLevel.COUNTY))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> item.materials().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void an_item_without_conditions_is_fine() {
		TestItems none = item();
		none.conditions = List.of();

		assertThat(none.build().conditions()).isEmpty();
	}

}

package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bianmin.model.catalog.TestItems.item;

class CatalogVersionTest {

	private final CatalogVersion demo = CatalogFiles.demoDocument().toCatalogVersion();

	@Test
	void finds_items_by_code() {
		assertThat(this.demo.item(ItemCode.of("S-004"))).get().extracting(ServiceItem::name).isEqualTo("残疾人证新办");
		assertThat(this.demo.item(ItemCode.of("S-999"))).isEmpty();
	}

	@Test
	void the_village_proxy_catalog_holds_the_proxy_items_villages_may_file() {
		assertThat(this.demo.proxyCatalogFor(NodeLevel.VILLAGE)).extracting((item) -> item.code().value())
			.containsExactly("S-001", "S-002", "S-003", "S-005", "S-006", "S-007", "S-008", "S-011", "S-014");
	}

	@Test
	void the_township_proxy_catalog_leaves_out_items_that_forbid_proxy_filing() {
		assertThat(this.demo.proxyCatalogFor(NodeLevel.TOWNSHIP)).hasSize(12)
			.extracting((item) -> item.code().value())
			.doesNotContain("S-010", "S-012");
		assertThat(this.demo.proxyCatalogFor(NodeLevel.COUNTY)).isEmpty();
	}

	@Test
	void does_not_change_when_the_list_it_was_made_from_changes() {
		List<ServiceItem> items = new ArrayList<>(List.of(item().build()));
		CatalogVersion catalog = new CatalogVersion(1, items, null);
		items.add(item().code("T-002").build());

		assertThat(catalog.items()).hasSize(1);
		assertThatThrownBy(() -> catalog.items().add(item().code("T-003").build()))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void rejects_two_items_with_the_same_code() {
		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class,
				() -> new CatalogVersion(1, List.of(item().build(), item().name("另一个").build()), null));

		assertThat(ex.problems())
			.containsExactly(new CatalogProblem("T-001", "code", CatalogProblem.Rule.CODE_DUPLICATE));
	}

	@Test
	void rejects_a_version_below_one_and_an_empty_catalog() {
		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class,
				() -> new CatalogVersion(0, List.of(), null));

		assertThat(ex.problems()).containsExactly(
				new CatalogProblem(null, "version", CatalogProblem.Rule.VERSION_NOT_POSITIVE),
				new CatalogProblem(null, "items", CatalogProblem.Rule.ITEMS_EMPTY));
	}

}

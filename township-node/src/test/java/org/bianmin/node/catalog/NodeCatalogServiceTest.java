package org.bianmin.node.catalog;

import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.node.TownshipNodeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
class NodeCatalogServiceTest {

	@Autowired
	private NodeCatalogService catalog;

	@Test
	void a_new_node_holds_the_demo_catalog() {
		assertThat(this.catalog.current().version()).isEqualTo(1);
		assertThat(this.catalog.current().items()).isNotEmpty();
	}

	@Test
	void the_proxy_catalog_holds_only_items_agents_may_file_at_this_level() {
		assertThat(this.catalog.proxyCatalog()).isNotEmpty()
			.allMatch(ServiceItem::proxyAllowed)
			.allMatch((item) -> item.acceptAt().contains(NodeLevel.TOWNSHIP))
			.isEqualTo(this.catalog.current().proxyCatalogFor(NodeLevel.TOWNSHIP));
	}

	@Test
	void the_window_may_file_every_item_accepted_at_the_township_proxy_or_not() {
		assertThat(this.catalog.windowCatalog()).allMatch((item) -> item.acceptAt().contains(NodeLevel.TOWNSHIP))
			.anyMatch((item) -> !item.proxyAllowed())
			.hasSize((int) this.catalog.current()
				.items()
				.stream()
				.filter((item) -> item.acceptAt().contains(NodeLevel.TOWNSHIP))
				.count());
	}

}

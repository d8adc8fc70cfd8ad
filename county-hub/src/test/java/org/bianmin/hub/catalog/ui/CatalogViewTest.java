package org.bianmin.hub.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.model.catalog.ServiceItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends HubBrowserlessTest {

	@Test
	@SuppressWarnings("unchecked")
	@WithUserDetails("reviewer")
	void lists_the_items_of_the_published_catalog_in_chinese() {
		UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		navigate(CatalogView.class);

		assertThat(find(Paragraph.class).id("catalog-summary").getText()).contains("共14项");
		Grid<ServiceItem> items = find(Grid.class).id("catalog-items");
		assertThat(items.getListDataView().getItems().map(ServiceItem::name)).contains("高龄老人生活补贴申请", "临时救助申请");
	}

}

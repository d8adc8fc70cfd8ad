package org.bianmin.node.filing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;

/** An item's service guide (办事指南): conditions, materials, limits and fee. */
class ServiceGuide extends Div {

	ServiceGuide() {
		setId("filing-guide");
		addClassName("bianmin-service-guide");
	}

	void show(ServiceItem item) {
		removeAll();
		add(new H3(getTranslation("filing.guide.title") + " · " + item.code().value() + " " + item.name()));
		add(new Paragraph(getTranslation("filing.guide.department", item.department())));
		if (!item.conditions().isEmpty()) {
			UnorderedList conditions = new UnorderedList();
			item.conditions().forEach((condition) -> conditions.add(new ListItem(condition)));
			add(new H4(getTranslation("filing.guide.conditions")), conditions);
		}
		UnorderedList materials = new UnorderedList();
		for (MaterialRequirement material : item.materials()) {
			String text = getTranslation("filing.guide.material", material.name(),
					getTranslation("filing.form." + material.form().name()), material.copies());
			materials.add(new ListItem(material.key() ? text + " · " + getTranslation("filing.guide.key") : text));
		}
		add(new H4(getTranslation("filing.guide.materials")), materials);
		add(new Paragraph(getTranslation("filing.guide.limits", item.legalLimitDays(), item.promisedLimitDays())));
		add(new Paragraph(getTranslation("filing.guide.fee", item.fee())));
	}

}

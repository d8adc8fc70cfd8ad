package org.bianmin.node.filing.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;

/**
 * One choice per material: received, missing or to be deferred. A key material cannot be
 * deferred (容缺 is for non-key materials only): its "deferred" choice is disabled and the
 * field says why.
 */
class MaterialsPanel extends Div {

	final Map<String, RadioButtonGroup<MaterialState>> choices = new LinkedHashMap<>();

	MaterialsPanel() {
		setId("filing-materials");
	}

	void show(ServiceItem item, Map<String, MaterialState> states) {
		removeAll();
		this.choices.clear();
		add(new H4(getTranslation("filing.guide.materials")));
		int index = 0;
		for (MaterialRequirement material : item.materials()) {
			RadioButtonGroup<MaterialState> choice = new RadioButtonGroup<>(material.name());
			choice.setId("material-" + index++);
			choice.setItems(MaterialState.values());
			choice.setItemLabelGenerator((state) -> getTranslation("case.material." + state.name()));
			if (material.key()) {
				choice.setItemEnabledProvider((state) -> state != MaterialState.DEFERRED);
				choice.setHelperText(getTranslation("filing.material.key-not-deferrable"));
			}
			choice.setValue(states.getOrDefault(material.name(), MaterialState.MISSING));
			this.choices.put(material.name(), choice);
			add(choice);
		}
	}

	Map<String, MaterialState> states() {
		Map<String, MaterialState> states = new LinkedHashMap<>();
		this.choices.forEach((name, choice) -> states.put(name,
				(choice.getValue() != null) ? choice.getValue() : MaterialState.MISSING));
		return states;
	}

	void setReadOnly(boolean readOnly) {
		this.choices.values().forEach((choice) -> choice.setReadOnly(readOnly));
	}

}

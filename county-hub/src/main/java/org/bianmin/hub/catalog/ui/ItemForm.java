package org.bianmin.hub.catalog.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.catalog.CatalogDocument.ItemDocument;
import org.bianmin.model.catalog.CatalogDocument.MaterialDocument;
import org.bianmin.model.catalog.ItemCategory;
import org.bianmin.model.catalog.ItemType;
import org.bianmin.model.catalog.MaterialForm;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * Every field of a service guide (办事指南). It knows no rules: it turns what was entered
 * into an {@link ItemDocument} (an empty field is a missing value) and hands it to the
 * listener, and the service answers with every broken rule at once.
 */
class ItemForm extends Composite<FormLayout> {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final TextField nameEn = new TextField();

	final Select<ItemType> type = new Select<>();

	final CheckboxGroup<NodeLevel> acceptAt = new CheckboxGroup<>();

	final Select<NodeLevel> decidedAt = new Select<>();

	final TextField department = new TextField();

	final TextArea legalBasis = new TextArea();

	final TextArea conditions = new TextArea();

	final Select<ItemCategory> category = new Select<>();

	final IntegerField legalLimitDays = new IntegerField();

	final IntegerField promisedLimitDays = new IntegerField();

	final Checkbox proxyAllowed = new Checkbox();

	final TextField fee = new TextField();

	final Div materials = new Div();

	final List<MaterialRow> materialRows = new ArrayList<>();

	final Button save = new Button();

	ItemForm(@Nullable ItemDocument item, Consumer<ItemDocument> onSave) {
		FormLayout form = getContent();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		label(this.code, "catalog.field.code", "item-code");
		label(this.name, "catalog.field.name", "item-name");
		label(this.nameEn, "catalog.field.nameEn", "item-name-en");
		this.type.setLabel(getTranslation("catalog.field.type"));
		this.type.setId("item-type");
		this.type.setItems(ItemType.values());
		this.type.setItemLabelGenerator((value) -> getTranslation("catalog.type." + value.name()));
		this.acceptAt.setLabel(getTranslation("catalog.field.acceptAt"));
		this.acceptAt.setId("item-accept-at");
		this.acceptAt.setItems(NodeLevel.values());
		this.acceptAt.setItemLabelGenerator((level) -> getTranslation("node-level." + level.name()));
		this.decidedAt.setLabel(getTranslation("catalog.field.decidedAt"));
		this.decidedAt.setId("item-decided-at");
		this.decidedAt.setItems(NodeLevel.TOWNSHIP, NodeLevel.COUNTY);
		this.decidedAt.setItemLabelGenerator((level) -> getTranslation("node-level." + level.name()));
		label(this.department, "catalog.field.department", "item-department");
		label(this.legalBasis, "catalog.field.legalBasis", "item-legal-basis");
		label(this.conditions, "catalog.field.conditions", "item-conditions");
		this.conditions.setHelperText(getTranslation("catalog.edit.conditions-help"));
		this.category.setLabel(getTranslation("catalog.field.category"));
		this.category.setId("item-category");
		this.category.setItems(ItemCategory.values());
		this.category.setItemLabelGenerator((value) -> getTranslation("catalog.category." + value.name()));
		label(this.legalLimitDays, "catalog.field.legalLimitDays", "item-legal-limit");
		label(this.promisedLimitDays, "catalog.field.promisedLimitDays", "item-promised-limit");
		this.proxyAllowed.setLabel(getTranslation("catalog.field.proxyAllowed"));
		this.proxyAllowed.setId("item-proxy");
		label(this.fee, "catalog.field.fee", "item-fee");
		this.materials.setId("item-materials");
		Button addMaterial = new Button(getTranslation("catalog.edit.add-material"), VaadinIcon.PLUS.create(),
				(event) -> addMaterial(null));
		addMaterial.setId("item-add-material");
		this.save.setText(getTranslation("catalog.edit.save-item"));
		this.save.setId("item-save");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((event) -> onSave.accept(toDocument()));
		form.add(this.code, this.name, this.nameEn, this.type, this.department, this.category, this.decidedAt,
				this.acceptAt, this.legalLimitDays, this.promisedLimitDays, this.proxyAllowed, this.fee);
		form.add(this.legalBasis, 2);
		form.add(this.conditions, 2);
		form.add(new H4(getTranslation("catalog.field.materials")), 2);
		form.add(this.materials, 2);
		form.add(addMaterial, 2);
		form.add(this.save, 2);
		if (item != null) {
			fill(item);
		}
		else {
			addMaterial(null);
		}
	}

	private void fill(ItemDocument item) {
		this.code.setValue(orEmpty(item.code()));
		this.name.setValue(orEmpty(item.name()));
		this.nameEn.setValue(orEmpty(item.nameEn()));
		this.type.setValue(parse(ItemType.class, item.type()));
		if (item.acceptAt() != null) {
			EnumSet<NodeLevel> levels = EnumSet.noneOf(NodeLevel.class);
			item.acceptAt()
				.stream()
				.map((level) -> parse(NodeLevel.class, level))
				.filter((l) -> l != null)
				.forEach(levels::add);
			this.acceptAt.setValue(levels);
		}
		this.decidedAt.setValue(parse(NodeLevel.class, item.decidedAt()));
		this.department.setValue(orEmpty(item.department()));
		this.legalBasis.setValue(orEmpty(item.legalBasis()));
		this.conditions.setValue(String.join("\n", item.conditions().stream().map(ItemForm::orEmpty).toList()));
		this.category.setValue(parse(ItemCategory.class, item.category()));
		this.legalLimitDays.setValue(item.legalLimitDays());
		this.promisedLimitDays.setValue(item.promisedLimitDays());
		this.proxyAllowed.setValue(Boolean.TRUE.equals(item.proxyAllowed()));
		this.fee.setValue(orEmpty(item.fee()));
		if (item.materials() != null) {
			item.materials().forEach(this::addMaterial);
		}
	}

	ItemDocument toDocument() {
		List<String> conditionLines = Arrays.stream(this.conditions.getValue().split("\\R"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		List<@Nullable MaterialDocument> materialDocuments = new ArrayList<>(
				this.materialRows.stream().map(MaterialRow::toDocument).toList());
		return new ItemDocument(blankToNull(this.code.getValue()), blankToNull(this.name.getValue()),
				blankToNull(this.nameEn.getValue()), name(this.type.getValue()),
				this.acceptAt.getValue()
					.stream()
					.map(NodeLevel::name)
					.map((level) -> (@Nullable String) level)
					.toList(),
				name(this.decidedAt.getValue()), blankToNull(this.department.getValue()),
				blankToNull(this.legalBasis.getValue()), new ArrayList<>(conditionLines),
				name(this.category.getValue()), this.legalLimitDays.getValue(), this.promisedLimitDays.getValue(),
				this.proxyAllowed.getValue(), blankToNull(this.fee.getValue()), materialDocuments);
	}

	void addMaterial(@Nullable MaterialDocument material) {
		MaterialRow row = new MaterialRow(material);
		this.materialRows.add(row);
		this.materials.add(row.layout);
	}

	private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
		field.setLabel(getTranslation(key));
		((com.vaadin.flow.component.Component) field).setId(id);
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
		if (name == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/** One material: name, original or copy, copies, key or not. */
	final class MaterialRow {

		final TextField materialName = new TextField();

		final Select<MaterialForm> form = new Select<>();

		final IntegerField copies = new IntegerField();

		final Checkbox key = new Checkbox();

		final HorizontalLayout layout;

		MaterialRow(@Nullable MaterialDocument material) {
			this.materialName.setPlaceholder(getTranslation("catalog.field.material.name"));
			this.materialName.setAriaLabel(getTranslation("catalog.field.material.name"));
			this.materialName.addClassName("material-name");
			this.form.setItems(MaterialForm.values());
			this.form.setItemLabelGenerator((value) -> getTranslation("catalog.form." + value.name()));
			this.form.setAriaLabel(getTranslation("catalog.field.material.form"));
			this.form.setValue(MaterialForm.ORIGINAL);
			this.form.setWidth("7em");
			this.copies.setAriaLabel(getTranslation("catalog.field.material.copies"));
			this.copies.setValue(1);
			this.copies.setWidth("5em");
			this.copies.setStepButtonsVisible(true);
			this.key.setLabel(getTranslation("catalog.material.key"));
			Button remove = new Button(VaadinIcon.TRASH.create());
			remove.setAriaLabel(getTranslation("catalog.edit.remove-material"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			this.layout = new HorizontalLayout(this.materialName, this.form, this.copies, this.key, remove);
			this.layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
			this.layout.setWrap(true);
			remove.addClickListener((event) -> {
				ItemForm.this.materialRows.remove(this);
				ItemForm.this.materials.remove(this.layout);
			});
			if (material != null) {
				this.materialName.setValue(orEmpty(material.name()));
				this.form.setValue(parse(MaterialForm.class, material.form()));
				this.copies.setValue(material.copies());
				this.key.setValue(Boolean.TRUE.equals(material.key()));
			}
		}

		MaterialDocument toDocument() {
			return new MaterialDocument(blankToNull(this.materialName.getValue()), name(this.form.getValue()),
					this.copies.getValue(), this.key.getValue());
		}

	}

}

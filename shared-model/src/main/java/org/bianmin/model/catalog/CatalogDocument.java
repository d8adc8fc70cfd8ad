package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A catalog as a JSON document, field for field as in the shared catalog sample: what the
 * hub publishes, what nodes pull, what an administrator edits.
 * <p>
 * Everything is optional at this level so that a parser accepts any file; enum values are
 * kept as text. {@link #toCatalogVersion()} then checks the whole document and reports
 * every problem at once; {@link #of(CatalogVersion)} writes a version back, and the two
 * round-trip.
 *
 * @param about a note on the catalog
 * @param version the version number
 * @param items the items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "about", "version", "items" })
public record CatalogDocument(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String about,
		@Nullable Integer version, @Nullable List<@Nullable ItemDocument> items) {

	/** The demo catalog shipped with shared-model, as a classpath resource name. */
	public static final String DEMO_RESOURCE = "/org/bianmin/model/catalog/demo-catalog.json";

	/**
	 * The document form of a catalog version.
	 * @param catalog the version
	 * @return its document
	 */
	public static CatalogDocument of(CatalogVersion catalog) {
		return new CatalogDocument(catalog.about(), catalog.version(),
				catalog.items().stream().map(ItemDocument::of).toList());
	}

	/**
	 * Checks the document and turns it into a catalog version.
	 * @return the catalog version
	 * @throws InvalidCatalogException with every problem of the document
	 */
	public CatalogVersion toCatalogVersion() {
		List<CatalogProblem> problems = new ArrayList<>();
		ItemRules.Sink catalogSink = (field, rule) -> problems.add(new CatalogProblem(null, field, rule));
		required("version", this.version, catalogSink);
		ItemRules.version(this.version, catalogSink);
		List<@Nullable ItemDocument> itemDocuments = required("items", this.items, catalogSink);
		if (itemDocuments != null) {
			ItemRules.items(itemDocuments, catalogSink);
		}
		else {
			itemDocuments = List.of();
		}
		List<@Nullable String> codes = new ArrayList<>();
		List<ServiceItem> serviceItems = new ArrayList<>();
		for (int i = 0; i < itemDocuments.size(); i++) {
			ItemDocument document = itemDocuments.get(i);
			if (document == null) {
				catalogSink.report("items[" + i + "]", CatalogProblem.Rule.REQUIRED);
				codes.add(null);
				continue;
			}
			codes.add(document.code());
			ServiceItem item = document.toServiceItem(i, problems);
			if (item != null) {
				serviceItems.add(item);
			}
		}
		for (String duplicate : ItemRules.duplicateCodes(codes)) {
			problems.add(new CatalogProblem(duplicate, "code", CatalogProblem.Rule.CODE_DUPLICATE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(problems);
		}
		return new CatalogVersion(Objects.requireNonNull(this.version), serviceItems, this.about);
	}

	/**
	 * An item of the document.
	 *
	 * @param code the item code
	 * @param name the item name
	 * @param nameEn the English name
	 * @param type an {@link ItemType} name
	 * @param acceptAt {@link NodeLevel} names
	 * @param decidedAt a {@link NodeLevel} name
	 * @param department the department
	 * @param legalBasis the legal basis
	 * @param conditions the conditions of acceptance; missing means none
	 * @param category an {@link ItemCategory} name
	 * @param legalLimitDays the legal limit in working days
	 * @param promisedLimitDays the promised limit in working days
	 * @param proxyAllowed whether proxy filing is allowed
	 * @param fee the fee in words
	 * @param materials the materials
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonPropertyOrder({ "code", "name", "nameEn", "type", "acceptAt", "decidedAt", "department", "legalBasis",
			"conditions", "category", "legalLimitDays", "promisedLimitDays", "proxyAllowed", "fee", "materials" })
	public record ItemDocument(@Nullable String code, @Nullable String name,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nameEn, @Nullable String type,
			@Nullable List<@Nullable String> acceptAt, @Nullable String decidedAt, @Nullable String department,
			@Nullable String legalBasis, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Nullable String> conditions,
			@Nullable String category, @Nullable Integer legalLimitDays, @Nullable Integer promisedLimitDays,
			@Nullable Boolean proxyAllowed, @Nullable String fee,
			@Nullable List<@Nullable MaterialDocument> materials) {

		public ItemDocument {
			// the sample leaves conditions out: no conditions is a valid guide
			conditions = (conditions != null) ? conditions : List.of();
		}

		/**
		 * The document form of an item.
		 * @param item the item
		 * @return its document
		 */
		public static ItemDocument of(ServiceItem item) {
			return new ItemDocument(item.code().value(), item.name(), item.nameEn(), item.type().name(),
					item.acceptAt().stream().map(NodeLevel::name).toList(), item.decidedAt().name(), item.department(),
					item.legalBasis(), List.copyOf(item.conditions()), item.category().name(), item.legalLimitDays(),
					item.promisedLimitDays(), item.proxyAllowed(), item.fee(),
					item.materials().stream().map(MaterialDocument::of).toList());
		}

		/**
		 * Checks the item and builds it, or reports its problems.
		 * @return the item, or {@code null} if a problem was reported
		 */
		@Nullable ServiceItem toServiceItem(int index, List<CatalogProblem> problems) {
			String label = (this.code != null && !this.code.isBlank()) ? this.code : "items[" + index + "]";
			int problemsBefore = problems.size();
			ItemRules.Sink sink = (field, rule) -> problems.add(new CatalogProblem(label, field, rule));

			ItemCode itemCode = null;
			if (this.code == null) {
				sink.report("code", CatalogProblem.Rule.REQUIRED);
			}
			else {
				CatalogProblem.Rule broken = ItemCode.brokenRule(this.code);
				if (broken != null) {
					sink.report("code", broken);
				}
				else {
					itemCode = ItemCode.of(this.code);
				}
			}
			String itemName = required("name", this.name, sink);
			ItemType itemType = parse(ItemType.class, "type", this.type, sink);
			Set<NodeLevel> levels = levels(sink);
			NodeLevel decidingLevel = parse(NodeLevel.class, "decidedAt", this.decidedAt, sink);
			String itemDepartment = required("department", this.department, sink);
			String basis = required("legalBasis", this.legalBasis, sink);
			ItemCategory itemCategory = parse(ItemCategory.class, "category", this.category, sink);
			Integer legal = required("legalLimitDays", this.legalLimitDays, sink);
			Integer promised = required("promisedLimitDays", this.promisedLimitDays, sink);
			Boolean proxy = required("proxyAllowed", this.proxyAllowed, sink);
			String itemFee = required("fee", this.fee, sink);
			List<MaterialRequirement> requirements = materials(sink);

			ItemRules.text("name", itemName, CatalogProblem.Rule.NAME_BLANK, sink);
			ItemRules.text("nameEn", this.nameEn, CatalogProblem.Rule.NAME_EN_BLANK, sink);
			ItemRules.text("department", itemDepartment, CatalogProblem.Rule.DEPARTMENT_BLANK, sink);
			ItemRules.text("legalBasis", basis, CatalogProblem.Rule.LEGAL_BASIS_BLANK, sink);
			ItemRules.text("fee", itemFee, CatalogProblem.Rule.FEE_BLANK, sink);
			ItemRules.conditions(this.conditions, sink);
			ItemRules.levels(levels, decidingLevel, sink);
			ItemRules.limits(itemCategory, legal, promised, proxy, sink);

			if (problems.size() > problemsBefore) {
				return null;
			}
			// every rule has been checked above, so the constructor cannot object any
			// more
			return new ServiceItem(Objects.requireNonNull(itemCode), Objects.requireNonNull(itemName), this.nameEn,
					Objects.requireNonNull(itemType), Objects.requireNonNull(levels),
					Objects.requireNonNull(decidingLevel), Objects.requireNonNull(itemDepartment),
					Objects.requireNonNull(basis), this.conditions.stream().map(Objects::requireNonNull).toList(),
					Objects.requireNonNull(itemCategory), Objects.requireNonNull(legal),
					Objects.requireNonNull(promised), Objects.requireNonNull(proxy), Objects.requireNonNull(itemFee),
					requirements);
		}

		private @Nullable Set<NodeLevel> levels(ItemRules.Sink sink) {
			if (this.acceptAt == null) {
				sink.report("acceptAt", CatalogProblem.Rule.REQUIRED);
				return null;
			}
			Set<NodeLevel> levels = EnumSet.noneOf(NodeLevel.class);
			boolean readable = true;
			for (int i = 0; i < this.acceptAt.size(); i++) {
				NodeLevel level = parse(NodeLevel.class, "acceptAt[" + i + "]", this.acceptAt.get(i), sink);
				if (level != null) {
					levels.add(level);
				}
				else {
					readable = false;
				}
			}
			// with an unreadable level the set is incomplete: judging it would mislead
			return readable ? levels : null;
		}

		private List<MaterialRequirement> materials(ItemRules.Sink sink) {
			if (this.materials == null) {
				sink.report("materials", CatalogProblem.Rule.REQUIRED);
				return List.of();
			}
			List<MaterialRequirement> requirements = new ArrayList<>();
			List<@Nullable String> names = new ArrayList<>();
			for (int i = 0; i < this.materials.size(); i++) {
				MaterialDocument material = this.materials.get(i);
				String prefix = "materials[" + i + "].";
				if (material == null) {
					sink.report("materials[" + i + "]", CatalogProblem.Rule.REQUIRED);
					names.add(null);
					continue;
				}
				names.add(material.name());
				MaterialRequirement requirement = material.toRequirement(prefix, sink);
				if (requirement != null) {
					requirements.add(requirement);
				}
			}
			ItemRules.materials(names, sink);
			return requirements;
		}

	}

	/**
	 * A material of an item in the document.
	 *
	 * @param name the material's name
	 * @param form a {@link MaterialForm} name
	 * @param copies how many
	 * @param key whether the material is key
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonPropertyOrder({ "name", "form", "copies", "key" })
	public record MaterialDocument(@Nullable String name, @Nullable String form, @Nullable Integer copies,
			@Nullable Boolean key) {

		/**
		 * The document form of a material.
		 * @param material the material
		 * @return its document
		 */
		public static MaterialDocument of(MaterialRequirement material) {
			return new MaterialDocument(material.name(), material.form().name(), material.copies(), material.key());
		}

		private @Nullable MaterialRequirement toRequirement(String prefix, ItemRules.Sink sink) {
			List<CatalogProblem.Rule> broken = new ArrayList<>();
			ItemRules.Sink tracking = (field, rule) -> {
				broken.add(rule);
				sink.report(field, rule);
			};
			String materialName = required(prefix + "name", this.name, tracking);
			MaterialForm materialForm = parse(MaterialForm.class, prefix + "form", this.form, tracking);
			Integer materialCopies = required(prefix + "copies", this.copies, tracking);
			Boolean materialKey = required(prefix + "key", this.key, tracking);
			ItemRules.material(prefix, materialName, materialCopies, tracking);
			if (!broken.isEmpty()) {
				return null;
			}
			return new MaterialRequirement(Objects.requireNonNull(materialName), Objects.requireNonNull(materialForm),
					Objects.requireNonNull(materialCopies), Objects.requireNonNull(materialKey));
		}

	}

	private static <T> @Nullable T required(String field, @Nullable T value, ItemRules.Sink sink) {
		if (value == null) {
			sink.report(field, CatalogProblem.Rule.REQUIRED);
		}
		return value;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value,
			ItemRules.Sink sink) {
		if (value == null) {
			sink.report(field, CatalogProblem.Rule.REQUIRED);
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		sink.report(field, CatalogProblem.Rule.UNKNOWN_VALUE);
		return null;
	}

}

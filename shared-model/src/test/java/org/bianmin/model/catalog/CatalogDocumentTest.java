package org.bianmin.model.catalog;

import java.util.List;

import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogDocumentTest {

	@Test
	void reads_the_shared_sample() {
		CatalogVersion sample = CatalogFiles.sampleDocument().toCatalogVersion();

		assertThat(sample.version()).isEqualTo(1);
		assertThat(sample.about()).startsWith("Illustrative sample");
		assertThat(sample.items()).hasSize(14);
		ServiceItem disability = sample.item(ItemCode.of("S-004")).orElseThrow();
		assertThat(disability.name()).isEqualTo("残疾人证新办");
		assertThat(disability.type()).isEqualTo(ItemType.ADMINISTRATIVE_CONFIRMATION);
		assertThat(disability.acceptAt()).containsExactly(NodeLevel.TOWNSHIP);
		assertThat(disability.decidedAtCounty()).isTrue();
		assertThat(disability.legalLimitDays()).isEqualTo(20);
		assertThat(disability.promisedLimitDays()).isEqualTo(15);
		assertThat(disability.conditions()).isEmpty();
		assertThat(disability.material("近期免冠二寸照片")).get()
			.isEqualTo(new MaterialRequirement("近期免冠二寸照片", MaterialForm.ORIGINAL, 3, false));
		assertThat(sample.items()).filteredOn((item) -> item.category() == ItemCategory.INSTANT)
			.extracting((item) -> item.code().value())
			.containsExactly("S-001", "S-008");
	}

	@Test
	void reads_the_demo_catalog_with_conditions_for_every_item() {
		CatalogVersion demo = CatalogFiles.demoDocument().toCatalogVersion();

		assertThat(demo.items()).hasSize(14).allSatisfy((item) -> assertThat(item.conditions()).isNotEmpty());
		assertThat(demo.item(ItemCode.of("S-003")).orElseThrow().conditions()).contains("年满80周岁");
		assertThat(demo.about()).contains("demo");
	}

	@Test
	void the_demo_catalog_keeps_code_name_type_and_basis_of_the_sample() {
		CatalogVersion sample = CatalogFiles.sampleDocument().toCatalogVersion();
		CatalogVersion demo = CatalogFiles.demoDocument().toCatalogVersion();

		assertThat(CatalogConsistency.check(sample, demo)).isEmpty();
		assertThat(demo.items()).extracting(ServiceItem::code)
			.containsExactlyElementsOf(sample.items().stream().map(ServiceItem::code).toList());
	}

	@Test
	void writes_the_sample_back_exactly_as_it_was_read() {
		JsonNode original = CatalogFiles.sampleTree();

		CatalogVersion catalog = CatalogFiles.MAPPER.treeToValue(original, CatalogDocument.class).toCatalogVersion();
		JsonNode written = CatalogFiles.MAPPER.valueToTree(CatalogDocument.of(catalog));

		assertThat(written).isEqualTo(original);
	}

	@Test
	void writes_the_demo_catalog_back_exactly_as_it_was_read() {
		JsonNode original = CatalogFiles.demoTree();

		CatalogVersion catalog = CatalogFiles.MAPPER.treeToValue(original, CatalogDocument.class).toCatalogVersion();

		assertThat((JsonNode) CatalogFiles.MAPPER.valueToTree(CatalogDocument.of(catalog))).isEqualTo(original);
	}

	@Test
	void a_catalog_version_round_trips_through_json() {
		CatalogVersion catalog = new CatalogVersion(7,
				List.of(TestItems.item().build(), TestItems.item().code("T-002").name("无英文名").build()), "第7版");
		TestItems withoutEnglish = TestItems.item().code("T-003");
		withoutEnglish.nameEn = null;
		withoutEnglish.conditions = List.of();
		CatalogVersion both = new CatalogVersion(8, List.of(catalog.items().get(0), withoutEnglish.build()), null);

		for (CatalogVersion version : List.of(catalog, both)) {
			String json = CatalogFiles.MAPPER.writeValueAsString(CatalogDocument.of(version));
			assertThat(CatalogFiles.parse(json).toCatalogVersion()).isEqualTo(version);
		}
	}

	@Test
	void ignores_unknown_fields_and_treats_missing_conditions_as_none() {
		CatalogVersion catalog = CatalogFiles.parse("""
				{"version": 2, "publishedBy": "县政务服务中心", "items": [{
				  "code": "X-1", "name": "测试事项", "type": "PUBLIC_SERVICE", "acceptAt": ["TOWNSHIP"],
				  "decidedAt": "TOWNSHIP", "department": "乡镇人民政府", "legalBasis": "《某条例》",
				  "category": "TIME_LIMITED", "legalLimitDays": 5, "promisedLimitDays": 3,
				  "proxyAllowed": false, "fee": "不收费", "nationalCode": "000000",
				  "materials": [{"name": "居民身份证", "form": "COPY", "copies": 1, "key": true, "note": "x"}]}]}
				""").toCatalogVersion();

		assertThat(catalog.version()).isEqualTo(2);
		assertThat(catalog.about()).isNull();
		assertThat(catalog.items().get(0).conditions()).isEmpty();
		assertThat(catalog.items().get(0).nameEn()).isNull();
	}

	@Test
	void reports_every_problem_of_a_file_at_once() {
		CatalogDocument document = CatalogFiles
			.parse("""
					{"version": 0, "items": [
					 {"code": "A-1", "name": "", "type": "LICENCE", "acceptAt": ["VILLAGE", "CITY"],
					  "decidedAt": "COUNTY", "department": "县民政局", "legalBasis": "《某法》", "conditions": ["", "年满18周岁"],
					  "category": "INSTANT", "legalLimitDays": 3, "promisedLimitDays": 0, "proxyAllowed": true, "fee": "不收费",
					  "materials": [{"name": "居民身份证", "form": "SCAN", "copies": 0, "key": true},
					                {"name": "居民身份证", "form": "COPY", "copies": 1}]},
					 {"name": "无编码事项", "type": "PUBLIC_SERVICE", "acceptAt": ["TOWNSHIP"], "decidedAt": "TOWNSHIP",
					  "department": "乡镇人民政府", "legalBasis": "《某条例》", "category": "SAME_DAY", "legalLimitDays": 5,
					  "promisedLimitDays": 3, "proxyAllowed": false, "fee": "不收费", "materials": []},
					 {"code": "A-1", "name": "重复编码", "type": "PUBLIC_SERVICE", "acceptAt": ["TOWNSHIP"],
					  "decidedAt": "TOWNSHIP", "department": "乡镇人民政府", "legalBasis": "《某条例》",
					  "category": "TIME_LIMITED", "legalLimitDays": 5, "promisedLimitDays": 3, "proxyAllowed": false,
					  "fee": "不收费", "materials": [{"name": "居民身份证", "form": "COPY", "copies": 1, "key": true}]},
					 {"code": "坏 编码", "name": "坏编码事项", "type": "PUBLIC_SERVICE", "acceptAt": ["TOWNSHIP"],
					  "decidedAt": "TOWNSHIP", "department": "乡镇人民政府", "legalBasis": "《某条例》",
					  "category": "TIME_LIMITED", "legalLimitDays": 5, "promisedLimitDays": 3, "proxyAllowed": false,
					  "fee": "不收费", "materials": [{"name": "居民身份证", "form": "COPY", "copies": 1, "key": true}]}
					]}
					""");

		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class, document::toCatalogVersion);

		assertThat(ex.problems()).containsExactlyInAnyOrder(
				new CatalogProblem(null, "version", CatalogProblem.Rule.VERSION_NOT_POSITIVE),
				new CatalogProblem("A-1", "name", CatalogProblem.Rule.NAME_BLANK),
				new CatalogProblem("A-1", "type", CatalogProblem.Rule.UNKNOWN_VALUE),
				new CatalogProblem("A-1", "acceptAt[1]", CatalogProblem.Rule.UNKNOWN_VALUE),
				new CatalogProblem("A-1", "conditions[0]", CatalogProblem.Rule.CONDITION_BLANK),
				new CatalogProblem("A-1", "category", CatalogProblem.Rule.INSTANT_LIMIT_NOT_ZERO),
				new CatalogProblem("A-1", "materials[0].form", CatalogProblem.Rule.UNKNOWN_VALUE),
				new CatalogProblem("A-1", "materials[0].copies", CatalogProblem.Rule.COPIES_BELOW_ONE),
				new CatalogProblem("A-1", "materials[1].key", CatalogProblem.Rule.REQUIRED),
				new CatalogProblem("A-1", "materials[1].name", CatalogProblem.Rule.MATERIAL_NAME_DUPLICATE),
				new CatalogProblem("items[1]", "code", CatalogProblem.Rule.REQUIRED),
				new CatalogProblem("items[1]", "materials", CatalogProblem.Rule.MATERIALS_EMPTY),
				new CatalogProblem("items[1]", "promisedLimitDays", CatalogProblem.Rule.SAME_DAY_LIMIT_TOO_LONG),
				new CatalogProblem("A-1", "code", CatalogProblem.Rule.CODE_DUPLICATE),
				new CatalogProblem("坏 编码", "code", CatalogProblem.Rule.CODE_BAD_CHARACTERS));
	}

	@Test
	void reports_missing_fields_of_an_item() {
		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class, () -> CatalogFiles.parse("""
				{"version": 1, "items": [{"code": "B-1"}]}
				""").toCatalogVersion());

		assertThat(ex.problems()).extracting(CatalogProblem::field)
			.containsExactlyInAnyOrder("name", "type", "acceptAt", "decidedAt", "department", "legalBasis", "category",
					"legalLimitDays", "promisedLimitDays", "proxyAllowed", "fee", "materials");
		assertThat(ex.problems()).extracting(CatalogProblem::rule).containsOnly(CatalogProblem.Rule.REQUIRED);
	}

	@Test
	void reports_a_document_without_version_or_items() {
		InvalidCatalogException ex = catchThrowableOfType(InvalidCatalogException.class,
				() -> CatalogFiles.parse("{}").toCatalogVersion());

		assertThat(ex.problems()).containsExactly(new CatalogProblem(null, "version", CatalogProblem.Rule.REQUIRED),
				new CatalogProblem(null, "items", CatalogProblem.Rule.REQUIRED));
	}

}

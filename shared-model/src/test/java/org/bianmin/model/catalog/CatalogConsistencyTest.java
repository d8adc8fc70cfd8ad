package org.bianmin.model.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.catalog.TestItems.item;

class CatalogConsistencyTest {

	@Test
	void catalogs_agreeing_on_every_shared_item_are_consistent() {
		CatalogVersion county = new CatalogVersion(3, List.of(item().build(), item().code("T-002").build()), null);
		CatalogVersion township = new CatalogVersion(2, List.of(item().build()), null);

		assertThat(CatalogConsistency.check(county, township)).isEmpty();
	}

	@Test
	void reports_items_whose_code_matches_but_name_type_or_basis_differ() {
		TestItems otherType = item().code("T-002");
		otherType.type = ItemType.PUBLIC_SERVICE;
		TestItems otherBasis = item().code("T-003");
		otherBasis.legalBasis = "《甘肃省老年人权益保障条例》";
		TestItems otherLimit = item().code("T-004");
		otherLimit.promisedLimitDays = 5;
		CatalogVersion county = new CatalogVersion(3, List.of(item().build(), item().code("T-002").build(),
				item().code("T-003").build(), item().code("T-004").build()), null);
		CatalogVersion township = new CatalogVersion(2, List.of(item().name("高龄补贴").build(), otherType.build(),
				otherBasis.build(), otherLimit.build(), item().code("T-005").build()), null);

		List<CatalogConsistency.Mismatch> mismatches = CatalogConsistency.check(county, township);

		assertThat(mismatches).containsExactly(
				new CatalogConsistency.Mismatch(ItemCode.of("T-001"), CatalogConsistency.Aspect.NAME, "高龄老人生活补贴申请",
						"高龄补贴"),
				new CatalogConsistency.Mismatch(ItemCode.of("T-002"), CatalogConsistency.Aspect.TYPE,
						"ADMINISTRATIVE_BENEFIT", "PUBLIC_SERVICE"),
				new CatalogConsistency.Mismatch(ItemCode.of("T-003"), CatalogConsistency.Aspect.LEGAL_BASIS,
						"《老年人权益保障法》", "《甘肃省老年人权益保障条例》"));
		assertThat(mismatches.get(0).messageKey()).isEqualTo("catalog.consistency.nameDiffers");
	}

}

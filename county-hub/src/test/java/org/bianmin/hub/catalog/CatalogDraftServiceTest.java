package org.bianmin.hub.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.model.catalog.CatalogConsistency;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogDocument.ItemDocument;
import org.bianmin.model.catalog.CatalogProblem;
import org.bianmin.model.catalog.InvalidCatalogException;
import org.bianmin.model.cases.StaffRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class CatalogDraftServiceTest {

	private static final StaffRef ADMIN = new StaffRef("admin", "赵建国");

	@Autowired
	private CatalogDraftService drafts;

	@Autowired
	private CatalogService catalogs;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void startFromThePublishedDemoCatalog() throws Exception {
		if (this.catalogs.current().isEmpty()) {
			try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
				this.catalogs.publish(this.json.readValue(in, CatalogDocument.class).toCatalogVersion(), "admin");
			}
		}
		this.drafts.discard(ADMIN);
	}

	@Test
	void the_draft_starts_as_a_copy_of_the_current_version_and_is_stored_with_the_first_change() {
		CatalogDraft copy = this.drafts.draft();
		int current = this.catalogs.current().orElseThrow().version();
		assertThat(copy.stored()).isFalse();
		assertThat(copy.basedOn()).isEqualTo(current);

		ItemDocument pension = copy.item("S-002").orElseThrow();
		this.drafts.saveItem("S-002", withFee(pension, "不收费（含邮寄）"), copy.revision(), ADMIN);

		CatalogDraft stored = this.drafts.draft();
		assertThat(stored.stored()).isTrue();
		assertThat(stored.updatedBy()).isEqualTo("admin");
		assertThat(stored.item("S-002").orElseThrow().fee()).isEqualTo("不收费（含邮寄）");
		assertThat(stored.items()).hasSameSizeAs(copy.items());
		assertThat(this.audit.page(0, 1).getFirst().action()).isEqualTo(AuditAction.CATALOG_ITEM_SAVED);
	}

	@Test
	void a_broken_item_is_refused_with_every_problem_and_nothing_is_stored() {
		CatalogDraft copy = this.drafts.draft();
		ItemDocument broken = new ItemDocument("S-099", "", null, "PUBLIC_SERVICE", List.of("COUNTY"), "TOWNSHIP",
				"县民政局", "《办法》", List.of(), "INSTANT", 5, 9, false, "不收费", List.of());

		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> this.drafts.saveItem(null, broken, copy.revision(), ADMIN))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(CatalogProblem::rule)
				.contains(CatalogProblem.Rule.NAME_BLANK, CatalogProblem.Rule.TOWNSHIP_ITEM_ACCEPTED_AT_COUNTY,
						CatalogProblem.Rule.PROMISED_ABOVE_LEGAL, CatalogProblem.Rule.INSTANT_LIMIT_NOT_ZERO,
						CatalogProblem.Rule.MATERIALS_EMPTY));
		assertThat(this.drafts.draft().stored()).isFalse();
	}

	@Test
	void a_second_item_with_a_taken_code_is_refused() {
		CatalogDraft copy = this.drafts.draft();
		ItemDocument duplicate = copy.item("S-002").orElseThrow();

		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> this.drafts.saveItem(null, duplicate, copy.revision(), ADMIN))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(CatalogProblem::rule)
				.containsExactly(CatalogProblem.Rule.CODE_DUPLICATE));
	}

	@Test
	void an_edit_on_a_stale_revision_is_refused() {
		CatalogDraft copy = this.drafts.draft();
		this.drafts.removeItem("S-014", copy.revision(), ADMIN);

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.drafts.removeItem("S-013", copy.revision(), ADMIN));
	}

	@Test
	void a_renamed_item_breaks_three_level_sameness_and_publishes_only_when_confirmed() {
		CatalogDraft copy = this.drafts.draft();
		int before = this.catalogs.current().orElseThrow().version();
		ItemDocument pension = copy.item("S-002").orElseThrow();
		this.drafts.saveItem("S-002", withName(pension, "养老保险待遇领取"), copy.revision(), ADMIN);

		DraftCheck check = this.drafts.check();
		assertThat(check.problems()).isEmpty();
		assertThat(check.mismatches()).singleElement()
			.satisfies((mismatch) -> assertThat(mismatch.aspect()).isEqualTo(CatalogConsistency.Aspect.NAME));
		assertThatExceptionOfType(UnconfirmedMismatchException.class)
			.isThrownBy(() -> this.drafts.publish(null, false, ADMIN));
		assertThat(this.catalogs.current().orElseThrow().version()).isEqualTo(before);

		PublishedCatalog published = this.drafts.publish("S-002 改名", true, ADMIN);

		assertThat(published.version()).isEqualTo(before + 1);
		assertThat(published.catalog().item(org.bianmin.model.catalog.ItemCode.of("S-002")).orElseThrow().name())
			.isEqualTo("养老保险待遇领取");
		assertThat(this.drafts.draft().stored()).isFalse();
		assertThat(this.audit.page(0, 1).getFirst().action()).isEqualTo(AuditAction.CATALOG_PUBLISHED);
		assertThat(this.catalogs.current().orElseThrow().version()).isEqualTo(before + 1);
	}

	@Test
	void a_draft_that_breaks_a_catalog_rule_cannot_be_published() {
		CatalogDraft draft = this.drafts.draft();
		List<String> codes = new ArrayList<>(draft.items().stream().map(ItemDocument::code).toList());
		for (String code : codes) {
			draft = this.drafts.removeItem(code, draft.revision(), ADMIN);
		}

		assertThat(this.drafts.check().problems()).extracting(CatalogProblem::rule)
			.contains(CatalogProblem.Rule.ITEMS_EMPTY);
		assertThatExceptionOfType(InvalidCatalogException.class)
			.isThrownBy(() -> this.drafts.publish(null, true, ADMIN));
	}

	static ItemDocument withName(ItemDocument item, String name) {
		return new ItemDocument(item.code(), name, item.nameEn(), item.type(), item.acceptAt(), item.decidedAt(),
				item.department(), item.legalBasis(), item.conditions(), item.category(), item.legalLimitDays(),
				item.promisedLimitDays(), item.proxyAllowed(), item.fee(), item.materials());
	}

	static ItemDocument withFee(ItemDocument item, String fee) {
		return new ItemDocument(item.code(), item.name(), item.nameEn(), item.type(), item.acceptAt(), item.decidedAt(),
				item.department(), item.legalBasis(), item.conditions(), item.category(), item.legalLimitDays(),
				item.promisedLimitDays(), item.proxyAllowed(), fee, item.materials());
	}

}

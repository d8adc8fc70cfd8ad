package org.bianmin.hub.catalog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.hub.catalog.persistence.CatalogDraftRepository;
import org.bianmin.model.catalog.CatalogConsistency;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogDocument.ItemDocument;
import org.bianmin.model.catalog.CatalogProblem;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.InvalidCatalogException;
import org.bianmin.model.cases.StaffRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits the working draft of the next catalog version and publishes it. The draft starts
 * as a copy of the current version and is stored with the first change, so it survives a
 * restart and every administrator sees the same one. Saving an item checks the item rules
 * at once and refuses a broken item with every problem; publishing checks the whole
 * catalog and 三级四同 against the version the nodes hold now, then publishes an immutable
 * new version through {@link CatalogService}. Every change is audited in its own
 * transaction.
 *
 * @see <a href=
 * "../../../../../../../docs/adr/0026-catalog-draft-and-three-level-check.md">ADR 26</a>
 */
@Service
public class CatalogDraftService {

	private final CatalogDraftRepository drafts;

	private final CatalogService catalogs;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogDraftService(CatalogDraftRepository drafts, CatalogService catalogs, AuditTrail audit, Clock clock) {
		this.drafts = drafts;
		this.catalogs = catalogs;
		this.audit = audit;
		this.clock = clock;
	}

	/** The stored draft, or a fresh copy of the current version (not stored yet). */
	@Transactional(readOnly = true)
	public CatalogDraft draft() {
		return this.drafts.find().orElseGet(this::copyOfCurrent);
	}

	/**
	 * Adds an item to the draft or replaces one.
	 * @param replacing the code of the item being edited, or {@code null} for a new item
	 * @param item the item as entered
	 * @param expectedRevision the draft revision the administrator edited
	 * @return the draft with the item
	 * @throws InvalidCatalogException with every problem of the item (nothing is stored)
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * changed the draft meanwhile
	 */
	@Transactional
	public CatalogDraft saveItem(@Nullable String replacing, ItemDocument item, long expectedRevision, StaffRef by) {
		CatalogDraft draft = current(expectedRevision);
		List<CatalogProblem> problems = problemsOf(item);
		String code = item.code();
		boolean clashes = code != null && !code.equals(replacing) && draft.item(code).isPresent();
		if (clashes) {
			problems = new ArrayList<>(problems);
			problems.add(new CatalogProblem(code, "code", CatalogProblem.Rule.CODE_DUPLICATE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogException(problems);
		}
		List<ItemDocument> items = new ArrayList<>(draft.items());
		int at = (replacing != null) ? indexOf(items, replacing) : -1;
		if (at >= 0) {
			items.set(at, item);
		}
		else {
			items.add(item);
		}
		CatalogDraft saved = store(draft, items, by);
		this.audit.record(by, AuditAction.CATALOG_ITEM_SAVED, Objects.requireNonNull(code),
				((at >= 0) ? "修改" : "新增") + " " + item.name());
		return saved;
	}

	/**
	 * Removes an item from the draft.
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * changed the draft meanwhile
	 */
	@Transactional
	public CatalogDraft removeItem(String code, long expectedRevision, StaffRef by) {
		CatalogDraft draft = current(expectedRevision);
		List<ItemDocument> items = new ArrayList<>(draft.items());
		int at = indexOf(items, code);
		if (at < 0) {
			return draft;
		}
		ItemDocument removed = items.remove(at);
		CatalogDraft saved = store(draft, items, by);
		this.audit.record(by, AuditAction.CATALOG_ITEM_REMOVED, code, String.valueOf(removed.name()));
		return saved;
	}

	/** Throws the draft away; the next edit starts again from the current version. */
	@Transactional
	public void discard(StaffRef by) {
		if (this.drafts.find().isPresent()) {
			this.drafts.delete();
			this.audit.record(by, AuditAction.CATALOG_DRAFT_DISCARDED, "catalog draft", "");
		}
	}

	/** The catalog rules and 三级四同 over the whole draft. */
	@Transactional(readOnly = true)
	public DraftCheck check() {
		return check(draft());
	}

	/**
	 * Publishes the draft as the next version and removes it.
	 * @param about a note on what changed, or {@code null}
	 * @param mismatchesConfirmed whether the administrator confirmed the 三级四同 differences
	 * the check reported (the catalogs of the other levels change too)
	 * @return the published version
	 * @throws InvalidCatalogException if the draft breaks a catalog rule
	 * @throws UnconfirmedMismatchException if it breaks 三级四同 and nobody confirmed it
	 */
	@Transactional
	public PublishedCatalog publish(@Nullable String about, boolean mismatchesConfirmed, StaffRef by) {
		CatalogDraft draft = draft();
		DraftCheck check = check(draft);
		if (!check.problems().isEmpty()) {
			throw new InvalidCatalogException(check.problems());
		}
		if (!check.mismatches().isEmpty() && !mismatchesConfirmed) {
			throw new UnconfirmedMismatchException(check.mismatches());
		}
		CatalogVersion version = new CatalogDocument(blankToNull(about), draft.nextVersion(),
				List.copyOf(draft.items()))
			.toCatalogVersion();
		PublishedCatalog published = this.catalogs.publish(version, by.userId());
		this.drafts.delete();
		this.audit.record(by, AuditAction.CATALOG_PUBLISHED, "catalog v" + published.version(),
				published.catalog().items().size() + " 项"
						+ (check.mismatches().isEmpty() ? "" : "；确认三级四同差异 " + check.mismatches().size() + " 处")
						+ ((about != null && !about.isBlank()) ? "；" + about.strip() : ""));
		return published;
	}

	private DraftCheck check(CatalogDraft draft) {
		CatalogDocument document = new CatalogDocument(null, draft.nextVersion(), List.copyOf(draft.items()));
		CatalogVersion version;
		try {
			version = document.toCatalogVersion();
		}
		catch (InvalidCatalogException ex) {
			return new DraftCheck(ex.problems(), List.of());
		}
		Optional<PublishedCatalog> current = this.catalogs.current();
		List<CatalogConsistency.Mismatch> mismatches = current
			.map((published) -> CatalogConsistency.check(version, published.catalog()))
			.orElse(List.of());
		return new DraftCheck(List.of(), mismatches);
	}

	private CatalogDraft current(long expectedRevision) {
		CatalogDraft draft = draft();
		if (draft.revision() != expectedRevision) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"the catalog draft is at revision " + draft.revision() + ", not " + expectedRevision);
		}
		return draft;
	}

	private CatalogDraft store(CatalogDraft draft, List<ItemDocument> items, StaffRef by) {
		CatalogDraft changed = new CatalogDraft(draft.basedOn(), items, draft.revision(), null, null);
		return this.drafts.save(changed, draft.revision(), by.userId(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	private CatalogDraft copyOfCurrent() {
		return this.catalogs.current()
			.map((published) -> new CatalogDraft(published.version(),
					published.catalog().items().stream().map(ItemDocument::of).toList(), 0, null, null))
			.orElseGet(() -> new CatalogDraft(null, List.of(), 0, null, null));
	}

	private static List<CatalogProblem> problemsOf(ItemDocument item) {
		try {
			new CatalogDocument(null, 1, List.of(item)).toCatalogVersion();
			return List.of();
		}
		catch (InvalidCatalogException ex) {
			return ex.problems();
		}
	}

	private static int indexOf(List<ItemDocument> items, String code) {
		for (int i = 0; i < items.size(); i++) {
			if (code.equals(items.get(i).code())) {
				return i;
			}
		}
		return -1;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

package org.bianmin.hub.sync.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bianmin.hub.cases.CaseEventStore;
import org.bianmin.hub.cases.StoredEventJson;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.sync.persistence.FeedRepository;
import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.Resync;
import org.bianmin.model.sync.SyncedStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a page of a node's feed (docs/sync-protocol.md 6, 8). An up-to-date node costs
 * two primary-key reads: its counter row and an empty index range. A page costs one range
 * read of the feed, one read of the events of its cases, one of its accounts; catalog
 * documents are immutable and kept in memory once written.
 */
@Service
class FeedReader {

	private final FeedRepository feeds;

	private final CaseEventStore events;

	private final CatalogService catalogs;

	private final StaffAccountService staff;

	private final JsonMapper json;

	private final IncidentRepository incidents;

	private final Map<Integer, String> catalogDocuments = new ConcurrentHashMap<>();

	FeedReader(FeedRepository feeds, CaseEventStore events, CatalogService catalogs, StaffAccountService staff,
			JsonMapper json, IncidentRepository incidents) {
		this.feeds = feeds;
		this.incidents = incidents;
		this.events = events;
		this.catalogs = catalogs;
		this.staff = staff;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public FeedPage page(NodeCode node, FeedQuery query) {
		// positions up to the committed counter are all committed (6.2): read no further
		FeedRepository.Head head = this.feeds.head(node);
		if (query.after() > head.feedSeq()) {
			return resync(query, Resync.Reason.CURSOR_AHEAD, head);
		}
		if (query.outboxSeq() < head.lastOutboxSeq()) {
			return resync(query, Resync.Reason.NODE_BEHIND, head);
		}
		List<FeedRepository.Entry> positions = this.feeds.after(node, query.after(), head.feedSeq(), query.limit(),
				query.rebuild());
		boolean full = positions.size() == query.limit();
		long nextCursor = full ? positions.getLast().seq() : head.feedSeq();
		return new FeedPage(query.after(), nextCursor, nextCursor < head.feedSeq(), null,
				contents(node, positions, query.rebuild()));
	}

	private static FeedPage resync(FeedQuery query, Resync.Reason reason, FeedRepository.Head head) {
		return new FeedPage(query.after(), 0, false, new Resync(reason, head.lastOutboxSeq()), List.of());
	}

	private List<FeedPage.Content> contents(NodeCode node, List<FeedRepository.Entry> positions, boolean rebuild) {
		Set<CaseId> cases = new LinkedHashSet<>();
		Set<UUID> accounts = new LinkedHashSet<>();
		for (FeedRepository.Entry entry : positions) {
			switch (entry.kind()) {
				case CASE_EVENTS -> cases.add(java.util.Objects.requireNonNull(entry.caseId()));
				case STAFF_ACCOUNT -> accounts.add(UUID.fromString(java.util.Objects.requireNonNull(entry.ref())));
				case CATALOG_PUBLISHED, INCIDENT_RESOLVED -> {
				}
			}
		}
		Map<CaseId, List<StoredEventJson>> eventsByCase = this.events.eventJsonOf(cases);
		Map<UUID, SyncedStaff> accountsById = new HashMap<>();
		for (SyncedStaff account : this.staff.forSync(accounts)) {
			accountsById.put(account.id(), account);
		}
		List<FeedPage.Content> contents = new ArrayList<>(positions.size());
		for (FeedRepository.Entry entry : positions) {
			switch (entry.kind()) {
				case CASE_EVENTS -> {
					List<String> events = new ArrayList<>();
					for (StoredEventJson event : eventsByCase.getOrDefault(entry.caseId(), List.of())) {
						if (event.sequence() >= entry.fromSequence() && event.sequence() <= entry.toSequence()
								&& (rebuild || !event.node().equals(node))) {
							events.add(event.json());
						}
					}
					// an entry left empty (the node's own events) is dropped; the cursor
					// still moves past it
					if (!events.isEmpty()) {
						contents.add(new FeedPage.CaseEvents(events));
					}
				}
				case CATALOG_PUBLISHED -> catalog(Integer.parseInt(java.util.Objects.requireNonNull(entry.ref())))
					.ifPresent((document) -> contents.add(new FeedPage.Catalog(document)));
				case INCIDENT_RESOLVED ->
					this.incidents.resolution(UUID.fromString(java.util.Objects.requireNonNull(entry.ref())))
						.ifPresent((resolved) -> contents.add(new FeedPage.Resolution(resolved)));
				case STAFF_ACCOUNT -> {
					SyncedStaff account = accountsById
						.get(UUID.fromString(java.util.Objects.requireNonNull(entry.ref())));
					if (account != null) {
						contents.add(new FeedPage.Staff(account));
					}
				}
			}
		}
		return contents;
	}

	private java.util.Optional<String> catalog(int version) {
		String cached = this.catalogDocuments.get(version);
		if (cached != null) {
			return java.util.Optional.of(cached);
		}
		return this.catalogs.find(version).map((published) -> {
			String document = this.json.writeValueAsString(CatalogDocument.of(published.catalog()));
			this.catalogDocuments.put(version, document);
			return document;
		});
	}

}

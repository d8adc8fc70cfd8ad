package org.bianmin.hub.sync.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.cases.CaseEventsStored;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.CatalogVersionPublished;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.staff.StaffAccountChanged;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.sync.NodeRegistered;
import org.bianmin.hub.sync.persistence.FeedRepository;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the feed entries a change causes, in the transaction of the change
 * (docs/sync-protocol.md 6.1): stored case events go to every interested node, a
 * published catalog to every node, a changed account to its node, and a new node's feed
 * starts with the current catalog and its accounts. The listeners demand the change's
 * transaction ({@code MANDATORY}): a change committed without its entries would never
 * reach the nodes.
 */
@Component
class FeedRouter {

	private final FeedRepository feeds;

	private final NodeRepository nodes;

	private final FeedAppender appender;

	private final CatalogService catalogs;

	private final StaffAccountService staff;

	private final NodeCode hub;

	FeedRouter(FeedRepository feeds, NodeRepository nodes, FeedAppender appender, CatalogService catalogs,
			StaffAccountService staff, HubIdentity hub) {
		this.feeds = feeds;
		this.nodes = nodes;
		this.appender = appender;
		this.catalogs = catalogs;
		this.staff = staff;
		this.hub = hub.code();
	}

	/**
	 * Every node that recorded an event of the case or was handed it gets the events it
	 * was not sent yet: from sequence 1 for a node new to the case.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void caseEventsStored(CaseEventsStored stored) {
		List<CaseId> caseIds = stored.cases().stream().map((c) -> c.after().id()).toList();
		Map<CaseId, Map<NodeCode, Integer>> sent = this.feeds.interests(caseIds);
		Set<NodeCode> candidates = new HashSet<>();
		List<Set<NodeCode>> interestedPerCase = new ArrayList<>();
		for (CaseEventsStored.StoredCase one : stored.cases()) {
			Set<NodeCode> interested = new LinkedHashSet<>(sent.getOrDefault(one.after().id(), Map.of()).keySet());
			for (CaseEvent event : one.events()) {
				interested.add(event.node());
				NodeCode handedTo = handedTo(event.change());
				if (handedTo != null) {
					interested.add(handedTo);
				}
			}
			interested.remove(this.hub);
			interestedPerCase.add(interested);
			candidates.addAll(interested);
		}
		Set<NodeCode> registered = this.nodes.registered(candidates);
		List<FeedAppender.Pending> pending = new ArrayList<>();
		List<FeedRepository.Interest> newInterests = new ArrayList<>();
		List<FeedRepository.Interest> movedOn = new ArrayList<>();
		for (int i = 0; i < stored.cases().size(); i++) {
			CaseEventsStored.StoredCase one = stored.cases().get(i);
			CaseId caseId = one.after().id();
			Map<NodeCode, Integer> sentOfCase = sent.getOrDefault(caseId, Map.of());
			int firstNew = one.events().getFirst().sequence();
			int to = one.after().version();
			for (NodeCode node : interestedPerCase.get(i)) {
				if (!registered.contains(node)) {
					continue;
				}
				Integer last = sentOfCase.get(node);
				int from = (last == null) ? 1 : last + 1;
				if (from > to) {
					continue;
				}
				pending.add(FeedAppender.Pending.caseEvents(node, caseId, from, to,
						isOwn(node, one.events(), from, firstNew)));
				(last == null ? newInterests : movedOn).add(new FeedRepository.Interest(caseId, node, to));
			}
		}
		this.appender.append(pending);
		this.feeds.insertInterests(newInterests);
		this.feeds.updateInterests(movedOn);
	}

	// every event of the range is the node's own and among those stored now (earlier ones
	// were not looked at, so they count as not own: the reader then filters them)
	private static boolean isOwn(NodeCode node, List<CaseEvent> events, int from, int firstNew) {
		if (from < firstNew) {
			return false;
		}
		return events.stream().filter((e) -> e.sequence() >= from).allMatch((e) -> e.node().equals(node));
	}

	private static org.bianmin.model.node.@org.jspecify.annotations.Nullable NodeCode handedTo(CaseChange change) {
		// instanceof, not an exhaustive switch: new event types need no change here
		if (change instanceof CaseChange.Submitted submitted) {
			return submitted.handedTo();
		}
		if (change instanceof CaseChange.Forwarded forwarded) {
			return forwarded.handedTo();
		}
		if (change instanceof CaseChange.ResultReleased released) {
			return released.handedTo();
		}
		if (change instanceof CaseChange.FollowUpOpened opened) {
			return opened.handedTo();
		}
		return null;
	}

	/** A published catalog version goes to every registered node. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void catalogPublished(CatalogVersionPublished published) {
		this.appender.append(this.nodes.allCodes()
			.stream()
			.map((node) -> FeedAppender.Pending.catalog(node, published.version()))
			.toList());
	}

	/** A changed account goes to its node. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void staffAccountChanged(StaffAccountChanged changed) {
		if (!changed.node().equals(this.hub)) {
			this.appender.append(List.of(FeedAppender.Pending.staff(changed.node(), changed.userId())));
		}
	}

	/**
	 * A new node's first positions: the current catalog and every account of the node.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void nodeRegistered(NodeRegistered registered) {
		List<FeedAppender.Pending> first = new ArrayList<>();
		this.catalogs.current()
			.ifPresent((catalog) -> first.add(FeedAppender.Pending.catalog(registered.code(), catalog.version())));
		for (UUID account : this.staff.accountIdsOf(registered.code())) {
			first.add(FeedAppender.Pending.staff(registered.code(), account));
		}
		this.appender.append(first);
	}

}

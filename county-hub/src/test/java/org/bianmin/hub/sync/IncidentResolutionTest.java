package org.bianmin.hub.sync;

import java.util.List;
import java.util.UUID;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseEventType;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.ResolutionChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;

/**
 * Resolving a kept incident (docs/sync-protocol.md 5.4) over the real push and feed: the
 * resolution reaches the sending node's feed, ACCEPT_NODE records the change again on the
 * case by the case rules, refusals change nothing, every resolution is audited.
 */
class IncidentResolutionTest extends SyncEndpointTest {

	static final Actor SUPERVISOR = Actor.of(new StaffRef("supervisor", "钱丽华"), Role.SUPERVISOR);

	@Autowired
	SyncIncidentService incidents;

	@Autowired
	IncidentResolutionService resolutions;

	@Autowired
	SyncHealthService health;

	@Autowired
	AuditTrail audit;

	@Test
	void accepting_a_late_scan_records_it_again_on_the_case_and_tells_the_node_in_its_feed() {
		Node township = township();
		CaseScript script = forwarded(township);
		township.client().push(batch(township.code(), 4, script.events()));
		CaseEvent late = late(script, township, new CaseChange.MaterialScanned(PENSION.materials().getFirst().name(),
				"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "image/jpeg", 734003, "扫描件.jpg"));
		assertThat(township.client().push(batch(township.code(), 5, List.of(late))).acks().getFirst().status())
			.isEqualTo(AckStatus.NOT_OWNER);
		SyncIncident incident = incidentOf(late.id());
		long cursor = drained(township);

		SyncIncident resolved = this.resolutions.resolve(incident.id(), ResolutionChoice.ACCEPT_NODE, "扫描件核对无误，予以采用",
				SUPERVISOR);

		assertThat(resolved.isResolved()).isTrue();
		assertThat(resolved.choice()).isEqualTo(ResolutionChoice.ACCEPT_NODE);
		assertThat(resolved.resolvedByName()).isEqualTo("钱丽华");
		assertThat(resolved.acceptedAs()).isNotNull();
		PullPage page = township.client().feed(cursor, 100, 1000, false);
		assertThat(page.entries()).hasSize(2);
		CaseEvent recorded = ((FeedEntry.CaseEvents) page.entries().get(0)).events().getFirst();
		assertThat(recorded.type()).isEqualTo(CaseEventType.SYNC_RESOLVED);
		assertThat(recorded.id()).isEqualTo(resolved.acceptedAs());
		assertThat(recorded.sequence()).isEqualTo(5);
		assertThat(recorded.node()).isEqualTo(HUB);
		assertThat(((CaseChange.SyncResolved) recorded.change()).refusedEvent()).isEqualTo(late.id());
		FeedEntry.IncidentResolved told = (FeedEntry.IncidentResolved) page.entries().get(1);
		assertThat(told.eventId()).isEqualTo(late.id());
		assertThat(told.choice()).isEqualTo(ResolutionChoice.ACCEPT_NODE);
		assertThat(told.reason()).isEqualTo("扫描件核对无误，予以采用");
		assertThat(told.resolvedBy()).isEqualTo(SUPERVISOR.who());
		assertThat(told.acceptedAs()).isEqualTo(recorded.id());
		assertThat(this.audit.page(0, 20)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo(AuditAction.SYNC_INCIDENT_RESOLVED);
			assertThat(entry.target()).contains(late.id().toString());
		});
	}

	@Test
	void discarding_and_keeping_change_no_case_and_reach_only_the_sending_node() {
		Node township = township();
		CaseScript script = forwarded(township);
		township.client().push(batch(township.code(), 4, script.events()));
		CaseEvent original = script.events().get(1);
		CaseEvent tampered = new CaseEvent(original.id(), original.caseId(), original.sequence(), original.node(),
				original.actor(), original.recordedAt().plusSeconds(60), original.schemaVersion(), original.change());
		township.client().push(batch(township.code(), 5, List.of(tampered)));
		SyncIncident conflict = incidentOf(tampered.id());
		long cursor = drained(township);
		int events = eventsOf(original);

		this.resolutions.resolve(conflict.id(), ResolutionChoice.KEEP_HUB, "县中心记录为准", SUPERVISOR);

		assertThat(eventsOf(original)).isEqualTo(events);
		PullPage page = township.client().feed(cursor, 100, 1000, false);
		assertThat(page.entries()).singleElement().isInstanceOfSatisfying(FeedEntry.IncidentResolved.class, (told) -> {
			assertThat(told.choice()).isEqualTo(ResolutionChoice.KEEP_HUB);
			assertThat(told.acceptedAs()).isNull();
		});
		assertThat(this.incidents.count(new IncidentFilter(township.code(), null, true))).isZero();
	}

	@Test
	void an_acceptance_the_case_rules_refuse_now_changes_nothing_and_says_why() {
		Node township = township();
		CaseScript script = forwarded(township);
		township.client().push(batch(township.code(), 4, script.events()));
		// a second acceptance after forwarding: refused, and still illegal now
		CaseEvent late = late(script, township, new CaseChange.Accepted(List.of()));
		township.client().push(batch(township.code(), 5, List.of(late)));
		SyncIncident incident = incidentOf(late.id());
		long cursor = drained(township);

		assertThatThrownBy(
				() -> this.resolutions.resolve(incident.id(), ResolutionChoice.ACCEPT_NODE, "采用", SUPERVISOR))
			.isInstanceOfSatisfying(IncidentResolutionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("case.rule.illegalInStatus"));
		assertThatThrownBy(() -> this.resolutions.resolve(incident.id(), ResolutionChoice.DISCARD, "  ", SUPERVISOR))
			.isInstanceOfSatisfying(IncidentResolutionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("sync.resolve.error.reason"));
		Actor reviewer = Actor.of(new StaffRef("reviewer", "孙志强"), Role.REVIEWER);
		assertThatThrownBy(() -> this.resolutions.resolve(incident.id(), ResolutionChoice.DISCARD, "误操作", reviewer))
			.isInstanceOfSatisfying(IncidentResolutionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("sync.resolve.error.role"));

		assertThat(this.incidents.find(incident.id()).orElseThrow().isResolved()).isFalse();
		assertThat(township.client().feed(cursor, 100, 1000, false).entries()).isEmpty();
		this.resolutions.resolve(incident.id(), ResolutionChoice.DISCARD, "误操作，作废", SUPERVISOR);
		assertThatThrownBy(() -> this.resolutions.resolve(incident.id(), ResolutionChoice.DISCARD, "再次", SUPERVISOR))
			.isInstanceOfSatisfying(IncidentResolutionException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("sync.resolve.error.resolved"));
	}

	@Test
	void sync_health_counts_open_incidents_per_node_and_answer() {
		Node township = township();
		CaseScript script = forwarded(township);
		township.client().push(batch(township.code(), 4, script.events()));
		township.client()
			.push(batch(township.code(), 6, List.of(late(script, township, new CaseChange.Received()),
					late(script, township, new CaseChange.ReviewStarted()))));

		NodeHealth row = this.health.nodes()
			.stream()
			.filter((n) -> n.node().code().equals(township.code()))
			.findFirst()
			.orElseThrow();

		// the second event of the case is blocked behind the first
		assertThat(row.notOwner()).isEqualTo(1);
		assertThat(row.quarantined()).isEqualTo(1);
		assertThat(row.conflicts()).isZero();
		assertThat(row.contactOverdue()).isFalse();
		assertThat(row.sinceContact()).isNotNull();
		assertThat(row.needsAttention()).isTrue();
		assertThat(this.incidents.count(new IncidentFilter(township.code(), AckStatus.NOT_OWNER, true))).isEqualTo(1);
		assertThat(this.incidents.count(new IncidentFilter(township.code(), null, true))).isEqualTo(2);
	}

	private long drained(Node node) {
		long cursor = 0;
		while (true) {
			PullPage page = node.client().feed(cursor, 1000, 1000, false);
			cursor = page.nextCursor();
			if (!page.more()) {
				return cursor;
			}
		}
	}

	private CaseScript forwarded(Node township) {
		return new CaseScript()
			.then(CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), CLERK,
					township.place())
			.then(new CaseCommand.Submit(), CLERK, township.place())
			.then(new CaseCommand.Accept(List.of()), CLERK, township.place())
			.then(new CaseCommand.Forward(), CLERK, township.place());
	}

	private static CaseEvent late(CaseScript script, Node node, CaseChange change) {
		return new CaseEvent(EventId.of(UUID.randomUUID()), script.current().id(), script.current().version() + 1,
				node.code(), CLERK, CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, change);
	}

	private SyncIncident incidentOf(EventId id) {
		return this.incidents.incidents(IncidentFilter.ALL, 0, 10_000)
			.stream()
			.filter((i) -> i.eventId().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private int eventsOf(CaseEvent event) {
		return this.jdbc.queryForObject("select count(*) from case_event where case_id = ?", Integer.class,
				event.caseId().value());
	}

}

package org.bianmin.hub.sync;

import java.util.List;
import java.util.Set;

import org.bianmin.hub.cases.CaseCommandService;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.Resync;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.AGENT;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;

/**
 * The per-node feed (docs/sync-protocol.md 6, 8) over real HTTP: what each node receives
 * when cases move between village, township and hub, its own events left out unless it
 * rebuilds, first positions of a new node, paging and the resync answers.
 */
class FeedTest extends SyncEndpointTest {

	@Autowired
	CaseCommandService hubCases;

	@Autowired
	StaffAccountService accounts;

	@Test
	void a_new_node_starts_with_the_catalog_and_its_accounts() {
		Node township = township();
		this.accounts
			.registerIfAbsent(new StaffAccountService.Registration("clerk." + township.code().value().toLowerCase(),
					"何秀兰", township.code().value(), null, Set.of(Role.WINDOW_CLERK)), "secret-password");

		PullPage page = township.client().feed(0, 100, 0, false);

		assertThat(page.entries()).hasSize(2);
		assertThat(page.entries().get(0)).isInstanceOfSatisfying(FeedEntry.CatalogPublished.class,
				(entry) -> assertThat(entry.catalog().items()).isNotEmpty());
		assertThat(page.entries().get(1)).isInstanceOfSatisfying(FeedEntry.StaffAccount.class, (entry) -> {
			assertThat(entry.staff().displayName()).isEqualTo("何秀兰");
			assertThat(entry.staff().passwordHash()).startsWith("{bcrypt}");
			assertThat(entry.staff().node()).isEqualTo(township.code());
			assertThat(entry.staff().roles()).containsExactly(Role.WINDOW_CLERK);
		});
		assertThat(page.nextCursor()).isEqualTo(2);
		assertThat(page.more()).isFalse();
		assertThat(page.resync()).isNull();
	}

	@Test
	void a_village_case_handed_to_the_township_reaches_the_township_from_its_first_event() {
		Node township = township();
		Node village = village(township);
		long townshipCursor = drain(township, 0);
		long villageCursor = drain(village, 0);
		CaseScript script = submittedByVillage(village);

		village.client().push(batch(village.code(), 2, script.events()));

		PullPage townshipPage = township.client().feed(townshipCursor, 100, 0, false);
		assertThat(caseEvents(townshipPage)).singleElement()
			.satisfies((events) -> assertThat(events).containsExactlyElementsOf(script.events()));
		// the village has its own events: its normal pull leaves them out
		PullPage villagePage = village.client().feed(villageCursor, 100, 2, false);
		assertThat(villagePage.entries()).isEmpty();
		assertThat(villagePage.nextCursor()).isGreaterThan(villageCursor);
		// a rebuild includes them
		assertThat(caseEvents(village.client().feed(villageCursor, 100, 2, true))).singleElement()
			.satisfies((events) -> assertThat(events).containsExactlyElementsOf(script.events()));
	}

	@Test
	void the_townships_work_and_the_county_decision_reach_the_nodes_that_had_the_case() {
		Node township = township();
		Node village = village(township);
		CaseScript script = submittedByVillage(village);
		village.client().push(batch(village.code(), 2, script.events()));
		long townshipCursor = drain(township, 0);
		long villageCursor = drain(village, 2);

		script.then(new CaseCommand.Accept(List.of()), CLERK, township.place())
			.then(new CaseCommand.Forward(), CLERK, township.place());
		township.client().push(batch(township.code(), 2, script.from(3)));
		assertThat(caseEvents(village.client().feed(villageCursor, 100, 2, false))).singleElement()
			.satisfies((events) -> assertThat(events).containsExactlyElementsOf(script.from(3)));
		villageCursor = drain(village, 2);
		townshipCursor = drain(township, 2);

		var id = script.current().id();
		this.hubCases.handle(id, new CaseCommand.Receive(), REVIEWER);
		this.hubCases.handle(id, new CaseCommand.StartReview(), REVIEWER);
		this.hubCases.handle(id, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), REVIEWER);
		this.hubCases.handle(id, new CaseCommand.ReleaseResult(), REVIEWER);
		List<CaseEvent> decided = this.hubCases.timeline(id)
			.subList(script.events().size(), script.events().size() + 4);

		assertThat(caseEvents(township.client().feed(townshipCursor, 100, 2, false))).flatExtracting((e) -> e)
			.containsExactlyElementsOf(decided);
		assertThat(caseEvents(village.client().feed(villageCursor, 100, 2, false))).flatExtracting((e) -> e)
			.containsExactlyElementsOf(decided);
	}

	@Test
	void an_up_to_date_node_gets_an_empty_page_at_its_cursor() {
		Node township = township();
		long cursor = drain(township, 0);

		PullPage page = township.client().feed(cursor, 200, 0, false);

		assertThat(page.entries()).isEmpty();
		assertThat(page.cursor()).isEqualTo(cursor);
		assertThat(page.nextCursor()).isEqualTo(cursor);
		assertThat(page.more()).isFalse();
	}

	@Test
	void pages_by_limit_and_says_when_more_wait() {
		Node township = township();
		for (int i = 0; i < 3; i++) {
			this.accounts.registerIfAbsent(
					new StaffAccountService.Registration("p" + i + "." + township.code().value().toLowerCase(), "员工",
							township.code().value(), null, Set.of(Role.WINDOW_CLERK)),
					"secret-password");
		}

		PullPage first = township.client().feed(0, 2, 0, false);
		PullPage second = township.client().feed(first.nextCursor(), 2, 0, false);
		PullPage third = township.client().feed(second.nextCursor(), 2, 0, false);

		assertThat(first.entries()).hasSize(2);
		assertThat(first.more()).isTrue();
		assertThat(second.entries()).hasSize(2);
		assertThat(second.more()).isFalse();
		assertThat(third.entries()).isEmpty();
		assertThat(third.nextCursor()).isEqualTo(4);
	}

	@Test
	void answers_cursor_ahead_when_the_node_is_past_its_feed() {
		Node township = township();
		township.client().push(batch(township.code(), 9, List.of()));

		PullPage page = township.client().feed(1000, 200, 9, false);

		assertThat(page.resync()).isEqualTo(new Resync(Resync.Reason.CURSOR_AHEAD, 9));
		assertThat(page.nextCursor()).isZero();
		assertThat(page.entries()).isEmpty();
	}

	@Test
	void answers_node_behind_when_the_node_holds_less_of_its_outbox_than_the_hub() {
		Node township = township();
		List<CaseEvent> events = new CaseScript()
			.then(CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), CLERK,
					township.place())
			.events();
		township.client().push(batch(township.code(), 12, events));

		PullPage page = township.client().feed(0, 200, 5, false);

		assertThat(page.resync()).isEqualTo(new Resync(Resync.Reason.NODE_BEHIND, 12));
		assertThat(page.entries()).isEmpty();
		// rebuilt, with its outbox counter moved above the hub's: a normal page again
		assertThat(township.client().feed(0, 200, 12, true).resync()).isNull();
	}

	private CaseScript submittedByVillage(Node village) {
		return new CaseScript()
			.then(CaseFixtures.fileByProxy(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), AGENT,
					village.place())
			.then(new CaseCommand.Submit(), AGENT, village.place());
	}

	private long drain(Node node, long outboxSeq) {
		long cursor = 0;
		PullPage page;
		do {
			page = node.client().feed(cursor, 1000, outboxSeq, false);
			cursor = page.nextCursor();
		}
		while (page.more());
		return cursor;
	}

	private static List<List<CaseEvent>> caseEvents(PullPage page) {
		return page.entries()
			.stream()
			.filter(FeedEntry.CaseEvents.class::isInstance)
			.map((entry) -> ((FeedEntry.CaseEvents) entry).events())
			.toList();
	}

}

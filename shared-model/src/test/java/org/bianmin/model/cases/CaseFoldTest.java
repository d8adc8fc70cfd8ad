package org.bianmin.model.cases;

import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.cases.CaseEventRejectedException.Reason;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.model.cases.CaseFixtures.AT_TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;
import static org.bianmin.model.cases.CaseFixtures.all;
import static org.bianmin.model.cases.CaseFixtures.fileAtWindow;

class CaseFoldTest {

	private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

	@Test
	void replaying_the_events_gives_the_same_case() {
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		current = run(current, new CaseCommand.Submit(), events);
		current = run(current, new CaseCommand.Accept(List.of()), events);
		current = run(current, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), events);

		assertThat(events).extracting(CaseEvent::sequence).containsExactly(1, 2, 3, 4, 5);
		assertThat(Case.replay(events)).isEqualTo(current);
	}

	@Test
	void applying_an_event_twice_changes_nothing() {
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		current = run(current, new CaseCommand.Submit(), events);

		assertThat(current.apply(events.get(0))).isEqualTo(current);
		assertThat(current.apply(events.get(1))).isEqualTo(current);
	}

	@Test
	void an_event_after_a_gap_is_refused_as_out_of_sequence() {
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		CaseEvent third = new CaseEvent(EventId.of(java.util.UUID.randomUUID()), current.id(), 3, CaseFixtures.TOWNSHIP,
				CLERK, this.desk.now(), 1, new CaseChange.Submitted(CaseFixtures.TOWNSHIP));

		assertThatExceptionOfType(CaseEventRejectedException.class).isThrownBy(() -> current.apply(third))
			.satisfies((e) -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_SEQUENCE));
	}

	@Test
	void an_event_from_a_node_that_does_not_own_the_case_is_refused_as_not_owner() {
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		CaseEvent fromVillage = new CaseEvent(EventId.of(java.util.UUID.randomUUID()), current.id(), 2,
				CaseFixtures.VILLAGE, CLERK, this.desk.now(), 1, new CaseChange.Submitted(CaseFixtures.TOWNSHIP));

		assertThatExceptionOfType(CaseEventRejectedException.class).isThrownBy(() -> current.apply(fromVillage))
			.satisfies((e) -> assertThat(e.reason()).isEqualTo(Reason.NOT_OWNER));
	}

	@Test
	void an_event_the_lifecycle_does_not_allow_now_is_refused() {
		List<CaseEvent> events = new ArrayList<>();
		Case draft = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		CaseEvent deliveredDraft = new CaseEvent(EventId.of(java.util.UUID.randomUUID()), draft.id(), 2,
				CaseFixtures.TOWNSHIP, CLERK, this.desk.now(), 1, new CaseChange.Delivered(DeliveryMethod.AT_WINDOW));

		assertThatExceptionOfType(CaseEventRejectedException.class).isThrownBy(() -> draft.apply(deliveredDraft))
			.satisfies((e) -> assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_IN_STATUS));
	}

	@Test
	void an_event_made_by_a_role_that_may_not_make_it_is_refused() {
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, fileAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)), events);
		current = run(current, new CaseCommand.Submit(), events);
		Actor agent = Actor.of(new StaffRef("agent.qs", "郑桂芳"), Role.PROXY_AGENT);
		CaseEvent acceptedByAgent = new CaseEvent(EventId.of(java.util.UUID.randomUUID()), current.id(), 3,
				CaseFixtures.TOWNSHIP, agent, this.desk.now(), 1, new CaseChange.Accepted(List.of()));

		Case submitted = current;
		assertThatExceptionOfType(CaseEventRejectedException.class).isThrownBy(() -> submitted.apply(acceptedByAgent))
			.satisfies((e) -> assertThat(e.violation().key()).isEqualTo("case.rule.roleMayNot"));
	}

	@Test
	void a_case_must_start_with_its_filing() {
		CaseEvent submitted = new CaseEvent(EventId.of(java.util.UUID.randomUUID()),
				CaseId.of(java.util.UUID.randomUUID()), 1, CaseFixtures.TOWNSHIP, CLERK, this.desk.now(), 1,
				new CaseChange.Submitted(CaseFixtures.TOWNSHIP));

		assertThatExceptionOfType(CaseEventRejectedException.class).isThrownBy(() -> Case.replay(List.of(submitted)))
			.satisfies((e) -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_SEQUENCE));
	}

	private Case run(Case current, CaseCommand command, List<CaseEvent> events) {
		CommandResult result = CaseDecider.decide(current, command, this.desk.context(CLERK, AT_TOWNSHIP));
		assertThat(result).isInstanceOf(CommandResult.Done.class);
		CommandResult.Done done = (CommandResult.Done) result;
		events.addAll(done.events());
		return done.after();
	}

}

package org.bianmin.node.casework;

import java.util.List;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;
import static org.bianmin.node.jooq.Tables.CASES;
import static org.bianmin.node.jooq.Tables.OUTBOX;

/**
 * Commands at the township node QS, on its real H2 database: events, the projection and
 * the outbox rows are stored together.
 */
@TownshipNodeTest
class CaseCommandServiceTest {

	@Autowired
	private CaseCommandService service;

	@Autowired
	private CaseRepository cases;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private DSLContext dsl;

	@Test
	void a_filed_and_submitted_case_is_stored_as_events_with_projection_and_outbox_rows() {
		CommandResult.Done filed = (CommandResult.Done) this.service
			.file(CaseFixtures.fileAtWindow(RELIEF, CaseFixtures.all(RELIEF, MaterialState.RECEIVED)), CLERK);
		Case id = filed.after();
		assertThat(this.cases.find(id.id())).contains(id);

		CommandResult submitted = this.service.handle(id.id(), new CaseCommand.Submit(), CLERK);

		assertThat(submitted).isInstanceOf(CommandResult.Done.class);
		List<CaseEvent> timeline = this.service.timeline(id.id());
		assertThat(timeline).extracting(CaseEvent::sequence).containsExactly(1, 2);
		assertThat(this.service.find(id.id())).isEqualTo(((CommandResult.Done) submitted).after());
		assertThat(this.service.find(id.id()).status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(this.dsl.select(CASES.STATUS, CASES.OWNER_NODE, CASES.VERSION)
			.from(CASES)
			.where(CASES.ID.eq(id.id().value()))
			.fetchSingle()
			.intoArray()).containsExactly("SUBMITTED", "QS", 2);
		assertThat(this.dsl.select(OUTBOX.EVENT_ID, OUTBOX.STATE)
			.from(OUTBOX)
			.where(OUTBOX.CASE_ID.eq(id.id().value()))
			.orderBy(OUTBOX.SEQ)
			.fetch((r) -> r.value1() + " " + r.value2()))
			.containsExactly(timeline.get(0).id().value() + " PENDING", timeline.get(1).id().value() + " PENDING");
	}

	@Test
	void a_refused_command_stores_nothing_and_says_why() {
		CommandResult.Done filed = (CommandResult.Done) this.service
			.file(CaseFixtures.fileAtWindow(RELIEF, CaseFixtures.all(RELIEF, MaterialState.RECEIVED)), CLERK);
		int pendingBefore = this.outbox.count(OutboxState.PENDING);

		CommandResult refused = this.service.handle(filed.after().id(), new CaseCommand.Accept(List.of()), CLERK);

		assertThat(refused).isInstanceOfSatisfying(CommandResult.Denied.class,
				(denied) -> assertThat(denied.violation().key()).isEqualTo("case.rule.illegalInStatus"));
		assertThat(this.cases.events(filed.after().id())).hasSize(1);
		assertThat(this.outbox.count(OutboxState.PENDING)).isEqualTo(pendingBefore);
	}

}

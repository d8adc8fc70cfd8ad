package org.bianmin.hub.cases;

import java.util.ArrayList;
import java.util.List;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.cases.persistence.CaseRepository;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.MaterialState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;

@IntegrationTest
class CaseCommandServiceTest {

	@Autowired
	private CaseCommandService service;

	@Autowired
	private CaseRepository repository;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void a_county_decision_is_stored_with_its_events_and_read_back_as_the_same_case() {
		CaseId id = storeForwardedCase();

		CommandResult received = this.service.handle(id, new CaseCommand.Receive(), REVIEWER);
		CommandResult decided = this.service.handle(id,
				new CaseCommand.Decide(DecisionOutcome.REJECTED, List.of("不符合待遇领取条件")), REVIEWER);

		assertThat(received).isInstanceOf(CommandResult.Done.class);
		assertThat(decided).isInstanceOf(CommandResult.Done.class);
		Case stored = this.service.find(id);
		assertThat(stored).isEqualTo(((CommandResult.Done) decided).after());
		assertThat(stored.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(stored.decision().node().value()).isEqualTo("YL");
		assertThat(this.service.timeline(id)).extracting(CaseEvent::type).last().hasToString("DECIDED");
	}

	@Test
	void a_refused_command_writes_nothing() {
		CaseId id = storeForwardedCase();
		int before = this.repository.events(id).size();

		CommandResult result = this.service.handle(id,
				new CaseCommand.Deliver(org.bianmin.model.cases.DeliveryMethod.AT_WINDOW), REVIEWER);

		assertThat(result).isInstanceOf(CommandResult.Denied.class);
		assertThat(this.repository.events(id)).hasSize(before);
	}

	@Test
	void an_unknown_case_is_not_found() {
		CaseId unknown = CaseId.of(java.util.UUID.randomUUID());

		assertThatExceptionOfType(CaseNotFoundException.class)
			.isThrownBy(() -> this.service.handle(unknown, new CaseCommand.Receive(), REVIEWER));
	}

	private CaseId storeForwardedCase() {
		CaseFixtures.Desk desk = new CaseFixtures.Desk();
		List<CaseEvent> events = new ArrayList<>();
		Case current = null;
		for (CaseCommand command : List.<CaseCommand>of(
				CaseFixtures.fileAtWindow(CaseFixtures.PENSION,
						CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)),
				new CaseCommand.Submit(), new CaseCommand.Accept(List.of()), new CaseCommand.Forward())) {
			CommandResult.Done done = (CommandResult.Done) CaseDecider.decide(current, command,
					desk.context(CaseFixtures.CLERK, CaseFixtures.AT_TOWNSHIP));
			events.addAll(done.events());
			current = done.after();
		}
		Case forwarded = current;
		this.transactions.executeWithoutResult((status) -> this.repository.append(forwarded, events));
		return forwarded.id();
	}

}

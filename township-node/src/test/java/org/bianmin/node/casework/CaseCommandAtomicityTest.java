package org.bianmin.node.casework;

import java.util.concurrent.atomic.AtomicBoolean;

import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * A failure anywhere inside a command's transaction — here, while the outbox is written —
 * leaves nothing behind: no event, no projection row, no outbox row.
 */
@TownshipNodeTest
@Import(CaseCommandAtomicityTest.FailingAfterOutbox.class)
class CaseCommandAtomicityTest {

	private static final AtomicBoolean FAIL = new AtomicBoolean();

	@Autowired
	private CaseCommandService service;

	@Autowired
	private CaseRepository cases;

	@Autowired
	private OutboxRepository outbox;

	@AfterEach
	void stopFailing() {
		FAIL.set(false);
	}

	@Test
	void a_failure_while_writing_the_outbox_rolls_the_whole_command_back() {
		long casesBefore = this.cases.count();
		int pendingBefore = this.outbox.count(OutboxState.PENDING);
		CaseCommand.File file = CaseFixtures.fileAtWindow(RELIEF, CaseFixtures.all(RELIEF, MaterialState.RECEIVED));
		FAIL.set(true);

		assertThatIllegalStateException().isThrownBy(() -> this.service.file(file, CLERK));

		assertThat(this.cases.count()).isEqualTo(casesBefore);
		assertThat(this.cases.events(file.caseId())).isEmpty();
		assertThat(this.outbox.count(OutboxState.PENDING)).isEqualTo(pendingBefore);
	}

	@Test
	void without_the_failure_the_same_command_is_stored() {
		CaseCommand.File file = CaseFixtures.fileAtWindow(RELIEF, CaseFixtures.all(RELIEF, MaterialState.RECEIVED));

		this.service.file(file, CLERK);

		assertThat(this.cases.events(file.caseId())).hasSize(1);
	}

	/**
	 * Fails after the outbox listener has run, inside the same transaction, when asked
	 * to.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingAfterOutbox {

		@EventListener
		@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
		void on(CaseEventsRecorded recorded) {
			if (FAIL.get()) {
				throw new IllegalStateException("the disk is full (simulated)");
			}
		}

	}

}

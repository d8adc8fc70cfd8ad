package org.bianmin.node.sync.ui;

import java.time.Instant;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
import org.bianmin.node.sync.RejectedEvent;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.node.jooq.Tables.OUTBOX;

/**
 * The sync page and the status bar in Chinese, browserless: what the node's staff read
 * about sync, a refused event with its reason, and "重新发送".
 */
@TownshipNodeTest
@WithUserDetails("clerk")
class SyncViewTest extends SpringBrowserlessTest {

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DSLContext dsl;

	@Test
	void the_status_bar_on_every_screen_says_where_sync_stands_in_chinese() {
		navigate(SyncView.class);

		assertThat(find(Span.class).id("sync-state").getText()).isIn("尚未同步", "在线", "离线", "同步出错");
		assertThat(find(Span.class).id("sync-last-success").getText()).matches("从未同步|上次同步 .*");
		assertThat(find(Span.class).id("sync-waiting").getText()).startsWith("待上传 ").contains("条记录、");
	}

	@Test
	void shows_the_details_and_offers_sync_now() {
		navigate(SyncView.class);

		assertThat(find(H2.class).id("sync-title").getText()).isEqualTo("数据同步");
		assertThat(find(Button.class).id("sync-now").getText()).isEqualTo("立即同步");
		assertThat(find(Span.class).id("sync-detail-state").getText()).isNotBlank();
		assertThat(find(Span.class).id("sync-detail-clock").getText()).isEqualTo("尚未与县中心对时");
	}

	@Test
	@SuppressWarnings("unchecked")
	void lists_a_refused_event_with_its_reason_in_chinese_and_sends_it_again_on_request() {
		Case refused = new WindowDesk(this.commands, CaseFixtures.CLERK).submitted(CaseFixtures.RELIEF, "壬",
				WindowDesk.village());
		CaseEvent event = this.commands.timeline(refused.id()).getFirst();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.dsl.update(OUTBOX)
				.set(OUTBOX.STATE, OutboxState.SYNCED.name())
				.where(OUTBOX.CASE_ID.eq(refused.id().value()))
				.execute();
			this.dsl.update(OUTBOX)
				.set(OUTBOX.STATE, OutboxState.PENDING.name())
				.where(OUTBOX.EVENT_ID.eq(event.id().value()))
				.execute();
			this.outbox.markRejected(event.id().value(), AckStatus.NOT_OWNER,
					RuleViolation.of("case.rule.notOwner", "QS", "YL"), Instant.now());
		});

		navigate(SyncView.class);

		Grid<RejectedEvent> grid = find(Grid.class).id("sync-rejected");
		assertThat(test(grid).size()).isPositive();
		int row = rowOf(grid, event.id().value());
		assertThat(test(grid).getCellText(row, 1)).isEqualTo("该办件目前不由本点办理");
		assertThat(test(grid).getCellText(row, 2)).isEqualTo("该办件目前由YL办理，本点（QS）不能修改");

		Button resend = (Button) test(grid).getCellComponent(row, 4);
		assertThat(resend.getText()).isEqualTo("重新发送");
		test(resend).click();

		assertThat(this.dsl.select(OUTBOX.STATE)
			.from(OUTBOX)
			.where(OUTBOX.EVENT_ID.eq(event.id().value()))
			.fetchOne(OUTBOX.STATE)).isEqualTo("PENDING");
	}

	private int rowOf(Grid<RejectedEvent> grid, UUID eventId) {
		for (int i = 0; i < test(grid).size(); i++) {
			if (test(grid).getRow(i).eventId().equals(eventId)) {
				return i;
			}
		}
		throw new AssertionError("no row for " + eventId);
	}

}

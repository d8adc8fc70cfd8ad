package org.bianmin.node.sync.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.sync.RejectedEvent;
import org.bianmin.node.sync.ResolvedEvent;
import org.bianmin.node.sync.SyncIssuesService;
import org.bianmin.node.sync.SyncProblem;
import org.bianmin.node.sync.SyncRunner;
import org.bianmin.node.sync.SyncStatus;
import org.bianmin.node.sync.SyncStatusService;
import org.bianmin.node.sync.SyncTexts;
import org.jspecify.annotations.Nullable;

/**
 * The sync page (数据同步): where the node stands with the hub in detail, "立即同步", the events
 * the hub refused ("同步问题", each with its reason in Chinese and "重新发送") and the local sync
 * problems. It refreshes itself while open, as the status bar does.
 */
@Route(SyncNavigation.SYNC)
@PermitAll
class SyncView extends VerticalLayout implements HasDynamicTitle {

	private static final int LIST_LIMIT = 200;

	private final SyncStatusService status;

	private final SyncIssuesService issues;

	private final SyncRunner runner;

	private final NodeIdentity node;

	private final Div details = new Div();

	private final Grid<RejectedEvent> rejected = new Grid<>();

	private final Paragraph rejectedEmpty = new Paragraph();

	private final Grid<SyncProblem> problems = new Grid<>();

	private final Paragraph problemsEmpty = new Paragraph();

	private final Grid<ResolvedEvent> resolved = new Grid<>();

	private @Nullable Registration polling;

	SyncView(SyncStatusService status, SyncIssuesService issues, SyncRunner runner, NodeIdentity node) {
		this.status = status;
		this.issues = issues;
		this.runner = runner;
		this.node = node;
		H2 title = new H2(getTranslation("sync.title"));
		title.setId("sync-title");
		this.details.setId("sync-details");
		add(title, createSyncNow(), this.details, new H3(getTranslation("sync.page.rejected.title")),
				new Paragraph(getTranslation("sync.page.rejected.help")), createRejected(),
				new H3(getTranslation("sync.page.resolved.title")), createResolved(),
				new H3(getTranslation("sync.page.problems.title")), createProblems());
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.page-title", this.node.name());
	}

	private Button createSyncNow() {
		Button now = new Button(getTranslation("sync.page.now"), (click) -> syncNow());
		now.setId("sync-now");
		now.addThemeVariants(ButtonVariant.PRIMARY);
		return now;
	}

	private void syncNow() {
		if (this.runner.isRunning()) {
			Notification.show(getTranslation("sync.page.busy"));
			return;
		}
		this.runner.requestNow();
		Notification.show(getTranslation("sync.page.started"));
	}

	// refused events the county resolved: how, by whom and why; never sent again
	private Grid<ResolvedEvent> createResolved() {
		this.resolved.setId("sync-resolved");
		this.resolved.addColumn((row) -> row.caseId().toString())
			.setHeader(getTranslation("sync.page.rejected.case"))
			.setAutoWidth(true);
		this.resolved.addColumn((row) -> getTranslation("sync.resolution." + row.choice().name()))
			.setHeader(getTranslation("sync.page.resolved.choice"))
			.setAutoWidth(true);
		this.resolved.addColumn(ResolvedEvent::reason).setHeader(getTranslation("sync.page.resolved.reason"));
		this.resolved.addColumn(ResolvedEvent::resolvedBy)
			.setHeader(getTranslation("sync.page.resolved.by"))
			.setAutoWidth(true);
		this.resolved.addColumn((row) -> SyncTexts.when(row.resolvedAt()))
			.setHeader(getTranslation("sync.page.rejected.at"))
			.setAutoWidth(true);
		this.resolved.setAllRowsVisible(true);
		return this.resolved;
	}

	private Div createRejected() {
		this.rejected.setId("sync-rejected");
		this.rejected.addComponentColumn((row) -> new Anchor("cases/" + row.caseId(), row.caseId().toString()))
			.setHeader(getTranslation("sync.page.rejected.case"))
			.setAutoWidth(true);
		this.rejected.addColumn((row) -> getTranslation("sync.ack." + row.status().name()))
			.setHeader(getTranslation("sync.page.rejected.answer"))
			.setAutoWidth(true);
		this.rejected.addColumn((row) -> reason(row.reason()))
			.setHeader(getTranslation("sync.page.rejected.reason"))
			.setFlexGrow(1);
		this.rejected.addColumn((row) -> SyncTexts.when(row.answeredAt()))
			.setHeader(getTranslation("sync.page.rejected.at"))
			.setAutoWidth(true);
		this.rejected.addComponentColumn((row) -> {
			Button resend = new Button(getTranslation("sync.page.rejected.resend"), (click) -> resend(row));
			resend.setId("resend-" + row.eventId());
			resend.addClassName("sync-resend");
			return resend;
		}).setAutoWidth(true);
		this.rejected.setAllRowsVisible(true);
		this.rejectedEmpty.setId("sync-rejected-empty");
		this.rejectedEmpty.setText(getTranslation("sync.page.rejected.empty"));
		return new Div(this.rejected, this.rejectedEmpty);
	}

	private Div createProblems() {
		this.problems.setId("sync-problems");
		this.problems.addComponentColumn((row) -> new Anchor("cases/" + row.caseId(), row.caseId().toString()))
			.setHeader(getTranslation("sync.page.problems.case"))
			.setAutoWidth(true);
		this.problems.addColumn((row) -> reason(row.reason()))
			.setHeader(getTranslation("sync.page.problems.reason"))
			.setFlexGrow(1);
		this.problems.addColumn((row) -> SyncTexts.when(row.recordedAt()))
			.setHeader(getTranslation("sync.page.problems.at"))
			.setAutoWidth(true);
		this.problems.setAllRowsVisible(true);
		this.problemsEmpty.setId("sync-problems-empty");
		this.problemsEmpty.setText(getTranslation("sync.page.problems.empty"));
		return new Div(this.problems, this.problemsEmpty);
	}

	private void resend(RejectedEvent row) {
		if (this.issues.resend(row.eventId())) {
			Notification.show(getTranslation("sync.page.rejected.resent"));
		}
		refresh();
	}

	private String reason(RuleViolation reason) {
		return getTranslation(reason.key(), reason.args().toArray());
	}

	void refresh() {
		SyncStatus now = this.status.status();
		this.details.removeAll();
		detail("state", getTranslation("sync.page.state"),
				getTranslation(SyncTexts.connectivityKey(now.connectivity())));
		detail("last-success", getTranslation("sync.page.last-success"),
				(now.lastSuccessAt() != null) ? SyncTexts.when(now.lastSuccessAt()) : getTranslation("sync.bar.never"));
		detail("last-attempt", getTranslation("sync.page.last-attempt"),
				(now.lastAttemptAt() != null) ? SyncTexts.when(now.lastAttemptAt()) : getTranslation("sync.page.none"));
		if (now.nextAttemptAt() != null) {
			detail("next-attempt", getTranslation("sync.page.next-attempt"), SyncTexts.when(now.nextAttemptAt()));
		}
		detail("waiting", getTranslation("sync.page.waiting"),
				getTranslation("sync.bar.waiting", now.pendingEvents(), now.pendingFiles()));
		detail("cursor", getTranslation("sync.page.cursor"), Long.toString(now.cursor()));
		if (now.rebuilding()) {
			detail("rebuilding", getTranslation("sync.page.state"), getTranslation("sync.page.rebuilding"));
		}
		detail("clock", getTranslation("sync.page.clock"), clock(now));
		String error = SyncTexts.lastError(now, this::getTranslation);
		detail("last-error", getTranslation("sync.page.last-error"),
				(error != null) ? error : getTranslation("sync.page.none"));
		List<RejectedEvent> refused = this.issues.rejected(0, LIST_LIMIT);
		this.rejected.setItems(refused);
		this.rejected.setVisible(!refused.isEmpty());
		this.rejectedEmpty.setVisible(refused.isEmpty());
		List<ResolvedEvent> settled = this.issues.resolved(0, LIST_LIMIT);
		this.resolved.setItems(settled);
		this.resolved.setVisible(!settled.isEmpty());
		List<SyncProblem> found = this.issues.problems(LIST_LIMIT);
		this.problems.setItems(found);
		this.problems.setVisible(!found.isEmpty());
		this.problemsEmpty.setVisible(found.isEmpty());
	}

	private String clock(SyncStatus now) {
		if (!now.clock().measured()) {
			return getTranslation("sync.page.clock-unknown");
		}
		String offset = SyncTexts.offset(now.clock().offsetMillis(), this::getTranslation);
		return now.clock().flagged() ? getTranslation("sync.bar.clock", offset)
				: getTranslation("sync.page.clock-ok", offset);
	}

	private void detail(String id, String label, String value) {
		Span labelSpan = new Span(label + "：");
		labelSpan.addClassName("bianmin-sync-detail-label");
		Span valueSpan = new Span(value);
		valueSpan.setId("sync-detail-" + id);
		Div line = new Div(labelSpan, valueSpan);
		this.details.add(line);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		this.polling = attachEvent.getUI().addPollListener((poll) -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.polling != null) {
			this.polling.remove();
			this.polling = null;
		}
	}

}

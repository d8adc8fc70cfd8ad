package org.bianmin.node.casework.ui;

import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.model.calendar.Deadline;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseEventType;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.casework.CaseDeskService;
import org.bianmin.node.casework.CaseFile;
import org.bianmin.node.casework.CaseNotFoundException;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * One case: the applicant (ID masked), item, channel, materials, both time limits, the
 * actions the window can take now, links to its notices, and the full timeline. A case
 * that does not exist and one the user may not see get the same "not found".
 */
@Route(CaseworkNavigation.CASE_TEMPLATE)
@RolesAllowed({ "WINDOW_CLERK", "PROXY_AGENT" })
@StyleSheet("styles/casework.css")
class CasePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final CaseDeskService desk;

	private final StaffPrincipal user;

	private @Nullable CaseId id;

	private String title = "";

	CasePageView(CaseDeskService desk, CurrentUser currentUser) {
		this.desk = desk;
		this.user = currentUser.require();
		addClassName("bianmin-casework");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get(CaseworkNavigation.CASE_PARAMETER).orElse("");
		try {
			this.id = CaseId.parse(raw);
		}
		catch (IllegalArgumentException notAnId) {
			this.id = null;
		}
		render();
	}

	private void render() {
		removeAll();
		if (this.id == null) {
			showNotFound();
			return;
		}
		try {
			CaseFile file = this.desk.open(this.id, this.user);
			show(file);
		}
		catch (CaseNotFoundException notVisible) {
			showNotFound();
		}
	}

	private void showNotFound() {
		this.title = getTranslation("casework.case.not-found");
		H2 heading = new H2(this.title);
		heading.setId("case-not-found");
		add(heading, new Paragraph(getTranslation("casework.case.not-found.explain")));
	}

	private void show(CaseFile file) {
		Case current = file.current();
		this.title = getTranslation("casework.case.title", current.queryCode().display());
		H2 heading = new H2(this.title);
		heading.setId("case-title");
		add(heading, createFacts(file), createLimits(file));
		if (file.mayAct()) {
			if (file.standingInFor() != null) {
				Paragraph standIn = new Paragraph(
						getTranslation("casework.case.standing-in", file.standingInFor().name()));
				standIn.setId("case-standing-in");
				add(standIn);
			}
			add(new CaseActions(file, (command) -> this.desk.act(current.id(), command, this.user), this::saved));
		}
		add(createScans(file), createNotices(file), createTimeline(file.timeline()));
	}

	private ScansPanel createScans(CaseFile file) {
		CaseId caseId = file.current().id();
		return new ScansPanel(file.timeline(), file.current().item().materials(),
				this.desk.mayAttachScan(file.current(), this.user), new ScansPanel.Scans() {
					@Override
					public CommandResult attach(String material, InputStream content, String mediaType,
							String fileName) {
						return CasePageView.this.desk.attachScan(caseId, material, content, mediaType, fileName,
								CasePageView.this.user);
					}

					@Override
					public InputStream open(String sha256) {
						return CasePageView.this.desk.openScan(caseId, sha256, CasePageView.this.user);
					}

					@Override
					public boolean holds(String sha256) {
						return CasePageView.this.desk.holdsScan(sha256);
					}
				}, this::render);
	}

	private void saved() {
		Notification.show(getTranslation("casework.action.saved"));
		render();
	}

	private FormLayout createFacts(CaseFile file) {
		Case current = file.current();
		FormLayout facts = new FormLayout();
		facts.setId("case-facts");
		facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		facts.addFormItem(fact("case-status", CaseworkLabels.enumLabel(this, "case.status.", current.status())),
				getTranslation("casework.case.status"));
		facts.addFormItem(fact("case-applicant", current.filing().applicant().name().value()),
				getTranslation("casework.case.applicant"));
		facts.addFormItem(fact("case-resident-id", current.filing().applicant().residentId().masked()),
				getTranslation("casework.case.resident-id"));
		facts.addFormItem(fact("case-village", current.filing().applicant().village()),
				getTranslation("casework.case.village"));
		facts.addFormItem(fact("case-item", current.item().name()), getTranslation("casework.case.item"));
		facts.addFormItem(fact("case-channel", CaseworkLabels.enumLabel(this, "case.channel.", current.channel())),
				getTranslation("casework.case.channel"));
		facts.addFormItem(createMaterials(current), getTranslation("casework.case.materials"));
		if (!current.refusalReasons().isEmpty()) {
			facts.addFormItem(
					fact("case-refusal", String.join(getTranslation("list.separator"), current.refusalReasons())),
					getTranslation("casework.case.refusal"));
		}
		if (current.decision() != null) {
			String outcome = CaseworkLabels.enumLabel(this, "case.decision.", current.decision().outcome());
			List<String> parts = new ArrayList<>(List.of(outcome));
			parts.addAll(current.decision().reasons());
			facts.addFormItem(fact("case-decision", String.join(getTranslation("list.separator"), parts)),
					getTranslation("casework.case.decision"));
		}
		if (current.rating() != null) {
			facts.addFormItem(
					fact("case-rating", CaseworkLabels.enumLabel(this, "case.rating.", current.rating().level())),
					getTranslation("casework.case.rating"));
		}
		if (current.followUp() != null) {
			String state = current.followUp().isOpen()
					? getTranslation("casework.case.follow-up.open", current.followUp().dueDate().toString())
					: getTranslation("casework.case.follow-up.closed", String.valueOf(current.followUp().response()));
			facts.addFormItem(fact("case-follow-up", state), getTranslation("casework.case.follow-up"));
		}
		return facts;
	}

	private UnorderedList createMaterials(Case current) {
		UnorderedList list = new UnorderedList();
		list.setId("case-materials");
		for (ItemTerms.MaterialTerm term : current.item().materials()) {
			MaterialState state = current.materials().get(term.name());
			String key = term.key() ? getTranslation("casework.case.key-material") : "";
			String stateLabel = (state != null) ? CaseworkLabels.enumLabel(this, "case.material.", state) : "";
			String supplied = (current.acceptance() != null && current.acceptance().supplied().containsKey(term.name()))
					? getTranslation("casework.case.supplied-on",
							current.acceptance().supplied().get(term.name()).toString())
					: "";
			list.add(new ListItem(term.name() + key + "：" + stateLabel + supplied));
		}
		return list;
	}

	private Div createLimits(CaseFile file) {
		Div limits = new Div();
		limits.setId("case-limits");
		limits.addClassName("bianmin-limits");
		if (file.limits() == null) {
			limits.add(new Span(getTranslation("casework.case.clock-not-started")));
			return limits;
		}
		limits.add(limit("case-promised", getTranslation("casework.case.promised"), file.limits().promised()),
				limit("case-legal", getTranslation("casework.case.legal"), file.limits().legal()));
		return limits;
	}

	private Div limit(String id, String label, Deadline deadline) {
		Div line = new Div();
		line.setId(id);
		line.addClassName("bianmin-limit");
		String text = deadline.paused() ? getTranslation("casework.case.limit-paused", label) : getTranslation(
				"casework.case.limit", label, deadline.dueDate().toString(), deadline.workingDaysLeft());
		line.add(new Span(text), CaseworkLabels.colourBadge(this, deadline.status(), deadline.paused()));
		return line;
	}

	private Component createNotices(CaseFile file) {
		Div notices = new Div();
		notices.setId("case-notices");
		notices.addClassName("bianmin-actions");
		Case current = file.current();
		boolean corrected = file.timeline().stream().anyMatch((e) -> e.type() == CaseEventType.CORRECTION_REQUESTED);
		// the slugs of the notices feature's routes (NoticeKind.slug); linked by path, as
		// the
		// notices feature depends on casework and not the other way round
		addNotice(notices, current, "proxy-receipt", current.filing().proxyAgent() != null);
		addNotice(notices, current, "acceptance", current.acceptance() != null);
		addNotice(notices, current, "correction", corrected);
		addNotice(notices, current, "refusal", current.status() == org.bianmin.model.cases.CaseStatus.REFUSED);
		addNotice(notices, current, "completion", current.decision() != null);
		return notices;
	}

	private void addNotice(Div notices, Case current, String kind, boolean reached) {
		if (reached) {
			Anchor link = new Anchor(CaseworkNavigation.noticeUrl(current.id(), kind),
					getTranslation("casework.notice." + kind));
			link.setId("notice-" + kind);
			notices.add(link);
		}
	}

	private Component createTimeline(List<CaseEvent> events) {
		Div section = new Div(new H3(getTranslation("casework.case.timeline")));
		UnorderedList list = new UnorderedList();
		list.setId("case-timeline");
		list.addClassName("bianmin-timeline");
		for (CaseEvent event : events) {
			list.add(new ListItem(getTranslation("casework.timeline.line",
					CaseworkLabels.countyTime(event.recordedAt()), getTranslation("case.event." + event.type().name()),
					CaseworkLabels.who(this, event.actor()), event.node().value())));
		}
		section.add(list);
		return section;
	}

	private static Span fact(String id, String text) {
		Span span = new Span(text);
		span.setId(id);
		return span;
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

}

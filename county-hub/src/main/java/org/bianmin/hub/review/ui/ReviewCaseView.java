package org.bianmin.hub.review.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import org.bianmin.hub.cases.CaseNotFoundException;
import org.bianmin.hub.cases.StoredEvent;
import org.bianmin.hub.lists.CaseLabels;
import org.bianmin.hub.review.ReviewAction;
import org.bianmin.hub.review.ReviewCase;
import org.bianmin.hub.review.ReviewResult;
import org.bianmin.hub.review.ReviewService;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.Deadline;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.cases.MaterialState;
import org.jspecify.annotations.Nullable;

/**
 * One county case: the applicant (ID number always masked at the hub, ADR 21), the item's
 * guide, materials and their states, both time limits, the actions the user may take now,
 * and the full timeline with where and when each step happened and when the hub received
 * it. A case that does not exist and one the user may not see get the same "not found".
 */
@Route(ReviewNavigation.CASE_TEMPLATE)
@RolesAllowed({ "REVIEWER", "SUPERVISOR", "ADMIN" })
@StyleSheet("styles/county.css")
class ReviewCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final ReviewService review;

	private final SignedInUser user;

	private @Nullable CaseId id;

	private @Nullable ReviewActions actions;

	private String title = "";

	ReviewCaseView(ReviewService review, CurrentUser currentUser) {
		this.review = review;
		this.user = currentUser.require();
		addClassName("bianmin-county");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get(ReviewNavigation.CASE_PARAMETER).orElse("");
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
		this.actions = null;
		if (this.id == null) {
			showNotFound();
			return;
		}
		try {
			show(this.review.open(this.user, this.id));
		}
		catch (CaseNotFoundException notVisible) {
			showNotFound();
		}
	}

	private void showNotFound() {
		this.title = getTranslation("review.case.not-found");
		H2 heading = new H2(this.title);
		heading.setId("case-not-found");
		add(heading, new Paragraph(getTranslation("review.case.not-found.explain")));
	}

	private void show(ReviewCase shown) {
		Case current = shown.current();
		this.title = getTranslation("review.case.title", current.queryCode().display());
		H2 heading = new H2(this.title);
		heading.setId("case-title");
		add(heading, createFacts(shown), createLimits(shown));
		if (!shown.actions().isEmpty()) {
			this.actions = new ReviewActions(shown, this::act);
			add(this.actions);
		}
		add(createGuide(shown.guide()), createTimeline(shown.history()));
	}

	private void act(ReviewAction action) {
		if (action instanceof ReviewAction.CloseFollowUp close && close.response().isBlank()) {
			refused(getTranslation("review.follow-up.response-required"));
			return;
		}
		try {
			ReviewResult result = this.review.act(this.user, this.id, action);
			if (!result.isDone()) {
				refused(CaseLabels.violation(this, result.refused()));
				return;
			}
			render();
			if (result.held() != null) {
				Notification.show(getTranslation("review.action.held", CaseLabels.violation(this, result.held())));
			}
			else {
				Notification.show(getTranslation(result.released() ? "review.action.released" : "review.action.saved"));
			}
		}
		catch (CaseNotFoundException gone) {
			render();
		}
	}

	private void refused(String text) {
		if (this.actions != null) {
			this.actions.showRefusal(text);
		}
		Notification.show(text);
	}

	private FormLayout createFacts(ReviewCase shown) {
		Case current = shown.current();
		Case.Filing filing = current.filing();
		FormLayout facts = new FormLayout();
		facts.setId("case-facts");
		facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		fact(facts, "case-status", "review.case.status", CaseLabels.label(this, "case.status.", current.status()));
		fact(facts, "case-item", "review.case.item", current.item().name());
		fact(facts, "case-department", "review.case.department", text(shown.row().department()));
		fact(facts, "case-township", "review.case.township", text(shown.row().township()));
		fact(facts, "case-filed-node", "review.case.filed-node", filing.node().value());
		fact(facts, "case-applicant", "review.case.applicant", filing.applicant().name().value());
		fact(facts, "case-resident-id", "review.case.resident-id", filing.applicant().residentId().masked());
		fact(facts, "case-village", "review.case.village", filing.applicant().village());
		fact(facts, "case-channel", "review.case.channel", CaseLabels.label(this, "case.channel.", current.channel()));
		fact(facts, "case-filed-at", "review.case.filed-at", CaseLabels.time(filing.at()));
		if (current.acceptance() != null) {
			fact(facts, "case-accepted", "review.case.accepted", getTranslation("review.case.accepted-by",
					CaseLabels.time(current.acceptance().at()), current.acceptance().by().name()));
		}
		facts.addFormItem(createMaterials(current), getTranslation("review.case.materials"));
		if (current.decision() != null) {
			List<String> parts = new ArrayList<>(
					List.of(CaseLabels.label(this, "case.decision.", current.decision().outcome())));
			parts.addAll(current.decision().reasons());
			fact(facts, "case-decision", "review.case.decision", String.join(getTranslation("list.separator"), parts));
		}
		if (current.rating() != null) {
			String comment = (current.rating().comment() != null) ? "（" + current.rating().comment() + "）" : "";
			fact(facts, "case-rating", "review.case.rating",
					CaseLabels.label(this, "case.rating.", current.rating().level()) + comment);
		}
		if (current.followUp() != null) {
			Case.FollowUp followUp = current.followUp();
			fact(facts, "case-follow-up", "review.case.follow-up",
					followUp.isOpen() ? getTranslation("review.case.follow-up.open", followUp.dueDate().toString())
							: getTranslation("review.case.follow-up.closed", String.valueOf(followUp.response())));
		}
		return facts;
	}

	private UnorderedList createMaterials(Case current) {
		UnorderedList list = new UnorderedList();
		list.setId("case-materials");
		for (ItemTerms.MaterialTerm term : current.item().materials()) {
			MaterialState state = current.materials().get(term.name());
			StringBuilder line = new StringBuilder(term.name());
			if (term.key()) {
				line.append(getTranslation("review.case.key-material"));
			}
			line.append("：").append(CaseLabels.label(this, "case.material.", state));
			List<Deferral> deferrals = (current.acceptance() != null) ? current.acceptance().deferrals() : List.of();
			deferrals.stream()
				.filter((d) -> d.material().equals(term.name()))
				.map(Deferral::dueDate)
				.findFirst()
				.ifPresent((due) -> line.append(getTranslation("review.case.deferred-until", due.toString())));
			list.add(new ListItem(line.toString()));
		}
		return list;
	}

	private Div createLimits(ReviewCase shown) {
		Div limits = new Div();
		limits.setId("case-limits");
		if (shown.limits() == null) {
			limits.add(new Span(getTranslation("review.case.clock-not-started")));
			return limits;
		}
		limits.add(limit("case-promised", getTranslation("review.case.promised"), shown.limits().promised()),
				limit("case-legal", getTranslation("review.case.legal"), shown.limits().legal()));
		return limits;
	}

	private Div limit(String id, String label, Deadline deadline) {
		Div line = new Div();
		line.setId(id);
		line.addClassName("bianmin-limit");
		String text = deadline.paused() ? getTranslation("review.case.limit-paused", label)
				: getTranslation("review.case.limit", label, deadline.dueDate().toString(), deadline.workingDaysLeft());
		line.add(new Span(text), CaseLabels.colourBadge(this, deadline.status(), deadline.paused()));
		return line;
	}

	private Component createGuide(@Nullable ServiceItem guide) {
		if (guide == null) {
			return new Paragraph(getTranslation("review.guide.missing"));
		}
		UnorderedList lines = new UnorderedList();
		lines.add(new ListItem(getTranslation("review.guide.basis", guide.legalBasis())));
		lines.add(new ListItem(getTranslation("review.guide.conditions",
				String.join(getTranslation("list.separator"), guide.conditions()))));
		lines.add(
				new ListItem(getTranslation("review.guide.limits", guide.promisedLimitDays(), guide.legalLimitDays())));
		lines.add(new ListItem(getTranslation("review.guide.fee", guide.fee())));
		guide.materials()
			.forEach((m) -> lines.add(new ListItem(
					getTranslation("review.guide.material", m.name(), CaseLabels.label(this, "catalog.form.", m.form()),
							m.copies(), getTranslation(m.key() ? "review.guide.key" : "review.guide.not-key")))));
		Details details = new Details(getTranslation("review.guide.title", guide.name()), lines);
		details.setId("case-guide");
		return details;
	}

	private Component createTimeline(List<StoredEvent> history) {
		Div section = new Div(new H3(getTranslation("review.case.timeline")));
		UnorderedList list = new UnorderedList();
		list.setId("case-timeline");
		list.addClassName("bianmin-timeline");
		for (StoredEvent stored : history) {
			CaseEvent event = stored.event();
			list.add(new ListItem(getTranslation("review.timeline.line", CaseLabels.time(event.recordedAt()),
					getTranslation("case.event." + event.type().name()), CaseLabels.who(this, event.actor()),
					event.node().value(), CaseLabels.time(stored.receivedAt()))));
		}
		section.add(list);
		return section;
	}

	private void fact(FormLayout facts, String id, String labelKey, String text) {
		Span span = new Span(text);
		span.setId(id);
		facts.addFormItem(span, getTranslation(labelKey));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "—";
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

}

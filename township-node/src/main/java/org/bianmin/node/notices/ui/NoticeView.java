package org.bianmin.node.notices.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bianmin.model.cases.CaseId;
import org.bianmin.node.casework.CaseNotFoundException;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.notices.Notice;
import org.bianmin.node.notices.NoticeKind;
import org.bianmin.node.notices.NoticeService;
import org.bianmin.node.security.CurrentUser;

/**
 * One notice as an A4 page, printed from the browser. Outside the main layout on purpose:
 * the printed page shows the notice and nothing of the app, and the toolbar above it is
 * hidden in print (styles/notices.css). Everything is rendered here by the server from
 * the node's database, the seal and the QR code included, so it prints offline.
 */
// a notice is a sheet of paper: no app chrome around it, on screen or in print
@Route(value = NoticeView.ROUTE_PREFIX + "/:" + NoticeView.CASE_ID + "/:" + NoticeView.KIND, autoLayout = false)
@PermitAll
@StyleSheet("styles/notices.css")
class NoticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE_PREFIX = "notices";

	static final String CASE_ID = "caseId";

	static final String KIND = "kind";

	private final NoticeService notices;

	private final CurrentUser currentUser;

	private final NodeIdentity node;

	private String title = "";

	NoticeView(NoticeService notices, CurrentUser currentUser, NodeIdentity node) {
		this.notices = notices;
		this.currentUser = currentUser;
		this.node = node;
		addClassName("notice-screen");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		Optional<NoticeKind> kind = event.getRouteParameters().get(KIND).flatMap(NoticeKind::fromSlug);
		Optional<CaseId> caseId = event.getRouteParameters().get(CASE_ID).flatMap(NoticeView::caseId);
		if (kind.isEmpty() || caseId.isEmpty()) {
			showMessage("notice-not-found", "notices.not-found");
			return;
		}
		try {
			this.notices.notice(caseId.get(), kind.get(), this.currentUser.require())
				.ifPresentOrElse(this::showNotice, () -> showMessage("notice-unavailable", "notices.unavailable"));
		}
		catch (CaseNotFoundException ex) {
			showMessage("notice-not-found", "notices.not-found");
		}
	}

	private static Optional<CaseId> caseId(String text) {
		try {
			return Optional.of(CaseId.parse(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private void showNotice(Notice notice) {
		this.title = getTranslation("notices.title." + notice.kind().name());
		Div page = new Div(createHeader(notice), createFacts(notice), new NoticeBody(notice, this::date),
				createSignature(notice));
		page.setId("notice-page");
		page.addClassName("notice-page");
		add(createToolbar(true), page);
	}

	private Header createHeader(Notice notice) {
		Span centre = new Span(notice.centre());
		centre.setId("notice-centre-heading");
		centre.addClassName("notice-issuer");
		H1 heading = new H1(this.title);
		heading.setId("notice-title");
		Div titles = new Div(centre, heading);
		titles.addClassName("notice-titles");
		Svg qr = new Svg(QrCodeSvg.svg(notice.qrText()));
		qr.setId("notice-qr");
		Span code = new Span(notice.queryCode().display());
		code.setId("notice-query-code");
		code.addClassName("notice-qr-code");
		Span caption = new Span(getTranslation("notices.qr-caption"));
		caption.addClassName("notice-qr-caption");
		Div qrBlock = new Div(qr, code, caption);
		qrBlock.addClassName("notice-qr-block");
		Header header = new Header(titles, qrBlock);
		header.addClassName("notice-header");
		return header;
	}

	private Div createFacts(Notice notice) {
		Div facts = new Div(fact("notices.field.applicant", notice.applicantName(), "notice-applicant"),
				fact("notices.field.resident-id", notice.maskedResidentId(), "notice-resident-id"),
				fact("notices.field.item", notice.itemName(), "notice-item"),
				fact("notices.field.query-code", notice.queryCode().display(), "notice-query-code-field"));
		facts.addClassName("notice-facts");
		return facts;
	}

	private Div fact(String labelKey, String value, String id) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("notice-fact-label");
		Span text = new Span(value);
		text.setId(id);
		text.addClassName("notice-fact-value");
		Div fact = new Div(label, text);
		fact.addClassName("notice-fact");
		return fact;
	}

	private Div createSignature(Notice notice) {
		Span centre = new Span(notice.centre());
		centre.setId("notice-centre");
		Span date = new Span(date(notice.date()));
		date.setId("notice-date");
		Svg seal = new Svg(ServiceSeal.svg(notice.centre(), "notice-seal"));
		seal.setId("notice-seal");
		seal.addClassName("notice-seal-box");
		Div signature = new Div(centre, date, seal);
		signature.addClassName("notice-signature");
		return signature;
	}

	private Div createToolbar(boolean printable) {
		Anchor back = new Anchor("", getTranslation("notices.back"));
		back.setId("notice-back");
		Div toolbar = new Div(back);
		if (printable) {
			Button print = new Button(getTranslation("notices.print"), VaadinIcon.PRINT.create(),
					(click) -> UI.getCurrent().getPage().executeJs("window.print()"));
			print.setId("notice-print");
			print.addThemeVariants(ButtonVariant.PRIMARY);
			toolbar.addComponentAsFirst(print);
			print.focus();
		}
		toolbar.addClassName("notice-toolbar");
		return toolbar;
	}

	private void showMessage(String id, String key) {
		this.title = getTranslation(key);
		H1 message = new H1(this.title);
		message.setId(id);
		Component hint = new Paragraph(getTranslation(key + ".hint"));
		Div box = new Div(message, hint);
		box.addClassName("notice-message");
		add(createToolbar(false), box);
	}

	/** A date as notices write it: 2026年3月2日 (or 2 March 2026). */
	String date(LocalDate day) {
		return DateTimeFormatter.ofPattern(getTranslation("notices.date-pattern"), getLocale()).format(day);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notices.page-title", this.title, this.node.name());
	}

}

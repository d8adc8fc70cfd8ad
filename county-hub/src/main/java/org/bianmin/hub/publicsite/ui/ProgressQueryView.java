package org.bianmin.hub.publicsite.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.publicsite.CaseProgress;
import org.bianmin.hub.publicsite.ProgressAnswer;
import org.bianmin.hub.publicsite.ProgressQueryService;

/**
 * 一码查进程, open to everyone: {@code /q} to type a code, {@code /q/<code>} from the QR code
 * on a notice (the code filled in). The applicant adds the last four characters of their
 * ID number. The page shows what {@link CaseProgress} holds and nothing else: never a
 * name or an ID number.
 */
@Route(value = "q/:code?", autoLayout = false)
@AnonymousAllowed
class ProgressQueryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String CODE_PARAMETER = "code";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	private final ProgressQueryService queries;

	private final TextField code = new TextField();

	private final TextField check = new TextField();

	private final Div answer = new Div();

	ProgressQueryView(ProgressQueryService queries, HubIdentity hub) {
		this.queries = queries;
		addClassName("bianmin-public");
		H1 centre = new H1(hub.name());
		centre.addClassName("bianmin-public-centre");
		this.answer.setId("progress-answer");
		add(centre, new H2(getTranslation("public.query.title")), new Paragraph(getTranslation("public.query.intro")),
				createCodeField(), createCheckField(), createAskButton(), this.answer, createGuideLink());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getRouteParameters().get(CODE_PARAMETER).ifPresent(this.code::setValue);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("public.query.title");
	}

	private TextField createCodeField() {
		this.code.setId("query-code");
		this.code.setLabel(getTranslation("public.query.code"));
		this.code.setPlaceholder("260302-001-QS-X");
		this.code.setWidthFull();
		this.code.setMaxLength(40);
		return this.code;
	}

	private TextField createCheckField() {
		this.check.setId("query-check");
		this.check.setLabel(getTranslation("public.query.check"));
		this.check.setHelperText(getTranslation("public.query.check-help"));
		this.check.setWidthFull();
		this.check.setMaxLength(8);
		this.check.getElement().setAttribute("autocomplete", "off");
		return this.check;
	}

	private Button createAskButton() {
		Button ask = new Button(getTranslation("public.query.ask"), (event) -> ask());
		ask.setId("query-ask");
		ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ask.addClickShortcut(Key.ENTER);
		ask.setWidthFull();
		return ask;
	}

	private Anchor createGuideLink() {
		Anchor guides = new Anchor("guide", getTranslation("public.query.guides"));
		guides.setId("guides-link");
		return guides;
	}

	private void ask() {
		ProgressAnswer result = this.queries.ask(this.code.getValue(), this.check.getValue(), clientAddress());
		this.answer.removeAll();
		switch (result) {
			case ProgressAnswer.Shown shown -> this.answer.add(createProgress(shown.progress()));
			case ProgressAnswer.NoMatch noMatch -> this.answer.add(message("public.query.no-match"));
			case ProgressAnswer.InvalidCode invalid -> this.answer.add(message(invalid.problem().messageKey()));
			case ProgressAnswer.InvalidCheck invalid -> this.answer.add(message("public.query.invalid-check"));
			case ProgressAnswer.TooManyAttempts tooMany -> this.answer.add(message("public.query.too-many"));
		}
	}

	private Paragraph message(String key) {
		Paragraph message = new Paragraph(getTranslation(key));
		message.setId("query-message");
		message.addClassName("bianmin-public-message");
		return message;
	}

	private Div createProgress(CaseProgress progress) {
		Div card = new Div();
		card.setId("progress");
		card.addClassName("bianmin-public-card");
		card.add(line("progress-code", "public.query.result.code", progress.queryCode().display()));
		card.add(line("progress-item", "public.query.result.item", progress.itemName()));
		card.add(line("progress-status", "public.query.result.status",
				getTranslation("case.status." + progress.status().name())));
		if (progress.colour() != null) {
			Span colour = new Span(getTranslation("calendar.status." + progress.colour().name()));
			colour.setId("progress-colour");
			colour.addClassNames("bianmin-colour",
					"bianmin-colour-" + progress.colour().name().toLowerCase(Locale.ROOT));
			Paragraph limit = new Paragraph(getTranslation("public.query.result.limit") + " ");
			limit.add(colour);
			if (progress.dueDate() != null) {
				limit.add(new Span(" " + getTranslation("public.query.result.due", DAY.format(progress.dueDate()))));
			}
			card.add(limit);
		}
		if (progress.collectAtNode() != null) {
			String centre = (progress.collectAt() != null) ? progress.collectAt()
					: getTranslation("public.query.result.collect-code", progress.collectAtNode().value());
			card.add(line("progress-collect", "public.query.result.collect", centre));
		}
		OrderedList steps = new OrderedList();
		steps.setId("progress-steps");
		for (CaseProgress.Step step : progress.steps()) {
			steps.add(new ListItem(
					DAY.format(step.day()) + "  " + getTranslation("case.status." + step.status().name())));
		}
		card.add(new Paragraph(getTranslation("public.query.result.steps")), steps);
		return card;
	}

	private Paragraph line(String id, String labelKey, String value) {
		Paragraph line = new Paragraph(getTranslation(labelKey) + getTranslation("public.colon") + value);
		line.setId(id);
		return line;
	}

	private static String clientAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request != null && request.getRemoteAddr() != null) {
			return request.getRemoteAddr();
		}
		VaadinSession session = VaadinSession.getCurrent();
		return (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null)
				? session.getBrowser().getAddress() : "unknown";
	}

}

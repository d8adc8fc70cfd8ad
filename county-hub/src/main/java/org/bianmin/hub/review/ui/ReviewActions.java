package org.bianmin.hub.review.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.hub.lists.CaseLabels;
import org.bianmin.hub.review.ReviewAction;
import org.bianmin.hub.review.ReviewCase;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;

/**
 * The actions the signed-in user may take on the case now. It never calls a service: it
 * hands the chosen action to the page, which carries it out and shows the domain's answer
 * ({@link #showRefusal}).
 */
class ReviewActions extends VerticalLayout {

	private final Consumer<ReviewAction> onAction;

	private final Span error = new Span();

	ReviewActions(ReviewCase shown, Consumer<ReviewAction> onAction) {
		this.onAction = onAction;
		setId("case-actions");
		setPadding(false);
		add(new H3(getTranslation("review.case.actions")));
		Div buttons = new Div();
		buttons.addClassName("bianmin-actions");
		if (shown.actions().contains(ReviewAction.Kind.RECEIVE)) {
			buttons.add(button("action-receive", "review.action.receive", new ReviewAction.Receive()));
		}
		if (shown.actions().contains(ReviewAction.Kind.START_REVIEW)) {
			buttons.add(button("action-start-review", "review.action.start-review", new ReviewAction.StartReview()));
		}
		if (shown.actions().contains(ReviewAction.Kind.RELEASE)) {
			buttons.add(button("action-release", "review.action.release", new ReviewAction.Release()));
		}
		add(buttons);
		if (shown.actions().contains(ReviewAction.Kind.DECIDE)) {
			add(createDecide());
		}
		if (shown.actions().contains(ReviewAction.Kind.SUPPLY_DEFERRED)) {
			add(createSupply(shown));
		}
		if (shown.actions().contains(ReviewAction.Kind.CLOSE_FOLLOW_UP)) {
			add(createCloseFollowUp());
		}
		this.error.setId("action-error");
		this.error.addClassName("bianmin-action-error");
		add(this.error);
	}

	void showRefusal(String text) {
		this.error.setText(text);
	}

	private Button button(String id, String key, ReviewAction action) {
		Button button = new Button(getTranslation(key), (click) -> this.onAction.accept(action));
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return button;
	}

	private Div createDecide() {
		RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>(getTranslation("review.decide.outcome"));
		outcome.setId("decide-outcome");
		outcome.setItems(DecisionOutcome.values());
		outcome.setItemLabelGenerator((o) -> CaseLabels.label(this, "case.decision.", o));
		outcome.setValue(DecisionOutcome.APPROVED);
		TextArea reasons = new TextArea(getTranslation("review.decide.reasons"));
		reasons.setId("decide-reasons");
		reasons.setHelperText(getTranslation("review.decide.reasons-help"));
		reasons.setWidthFull();
		Button decide = new Button(getTranslation("review.action.decide"), (click) -> this.onAction
			.accept(new ReviewAction.Decide(outcome.getValue(), lines(reasons.getValue()))));
		decide.setId("action-decide");
		decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(outcome, reasons, decide);
		form.setId("decide-form");
		form.addClassName("bianmin-form");
		return form;
	}

	private Div createSupply(ReviewCase shown) {
		ComboBox<String> material = new ComboBox<>(getTranslation("review.supply.material"));
		material.setId("supply-material");
		material.setItems(shown.current().outstandingDeferrals().stream().map(Deferral::material).toList());
		Button supply = new Button(getTranslation("review.action.supply"), (click) -> {
			if (material.getValue() != null) {
				this.onAction.accept(new ReviewAction.SupplyDeferred(material.getValue()));
			}
		});
		supply.setId("action-supply");
		Div form = new Div(material, supply);
		form.addClassName("bianmin-form");
		return form;
	}

	private Div createCloseFollowUp() {
		TextArea response = new TextArea(getTranslation("review.follow-up.response"));
		response.setId("follow-up-response");
		response.setWidthFull();
		Button close = new Button(getTranslation("review.action.close-follow-up"),
				(click) -> this.onAction.accept(new ReviewAction.CloseFollowUp(response.getValue())));
		close.setId("action-close-follow-up");
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(response, close);
		form.setId("follow-up-form");
		form.addClassName("bianmin-form");
		return form;
	}

	/** One reason per line; blank lines do not count. */
	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}

package org.bianmin.node.casework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.node.casework.CaseFile;

/**
 * The window's actions on a case, offered where its status allows them (the domain
 * decides in the end and its refusal shows in the dialog). Each has an Alt shortcut,
 * shown as the button's tooltip; the buttons wrap on a narrow screen.
 */
class CaseActions extends FlexLayout {

	private final Function<CaseCommand, CommandResult> act;

	private final Runnable done;

	CaseActions(CaseFile file, Function<CaseCommand, CommandResult> act, Runnable done) {
		this.act = act;
		this.done = done;
		setId("case-actions");
		addClassName("bianmin-actions");
		setFlexWrap(FlexWrap.WRAP);
		Case current = file.current();
		CaseStatus status = current.status();
		if (status == CaseStatus.SUBMITTED) {
			add(button("accept", Key.KEY_A, () -> new AcceptForm(current, file.latestDeferralDue())));
			add(button("correct", Key.KEY_C, () -> new CorrectionForm(current)));
		}
		if (status == CaseStatus.SUBMITTED || status == CaseStatus.NEEDS_CORRECTION) {
			add(button("refuse", Key.KEY_R,
					() -> new ReasonsForm(getTranslation("casework.refuse.reasons"), CaseCommand.Refuse::new)));
		}
		boolean township = current.item().decidedAt() == NodeLevel.TOWNSHIP;
		if (township && (status == CaseStatus.ACCEPTED || status == CaseStatus.IN_REVIEW)) {
			add(button("decide", Key.KEY_D, DecideForm::new));
		}
		if (!township && status == CaseStatus.ACCEPTED) {
			add(button("forward", Key.KEY_F,
					() -> confirmOnly(getTranslation("casework.forward.explain"), new CaseCommand.Forward())));
		}
		List<String> outstanding = current.outstandingDeferrals().stream().map(Deferral::material).toList();
		if (!outstanding.isEmpty()) {
			add(button("supply", Key.KEY_S, () -> new ChoiceForm<>(getTranslation("casework.supply.material"),
					outstanding, String::valueOf, null, (picked) -> new CaseCommand.SupplyDeferred(picked.value()))));
		}
		if (status == CaseStatus.DECIDED || status == CaseStatus.RESULT_READY) {
			add(button("deliver", Key.KEY_O, () -> new ChoiceForm<>(getTranslation("casework.deliver.method"),
					Arrays.asList(DeliveryMethod.values()), (m) -> CaseworkLabels.enumLabel(this, "case.delivery.", m),
					null, (picked) -> new CaseCommand.Deliver(picked.value()))));
		}
		if (status == CaseStatus.DELIVERED && current.rating() == null) {
			add(button("rate", Key.KEY_P,
					() -> new ChoiceForm<>(getTranslation("casework.rate.level"), Arrays.asList(RatingLevel.values()),
							(l) -> CaseworkLabels.enumLabel(this, "case.rating.", l),
							getTranslation("casework.rate.comment"),
							(picked) -> new CaseCommand.Rate(picked.value(), picked.comment()))));
		}
	}

	private Button button(String name, Key key, java.util.function.Supplier<ActionForm> form) {
		String title = getTranslation("casework.action." + name);
		Button button = new Button(title, (click) -> new ActionDialog(title, form.get(), this.act, this.done).open());
		button.setId("action-" + name);
		button.addClickShortcut(key, KeyModifier.ALT);
		button.setTooltipText("Alt+" + key.getKeys().getFirst().toUpperCase(java.util.Locale.ROOT));
		return button;
	}

	private static ActionForm confirmOnly(String text, CaseCommand command) {
		Paragraph explanation = new Paragraph(text);
		return new ActionForm() {
			@Override
			public Optional<CaseCommand> command() {
				return Optional.of(command);
			}

			@Override
			public Component component() {
				return explanation;
			}
		};
	}

}

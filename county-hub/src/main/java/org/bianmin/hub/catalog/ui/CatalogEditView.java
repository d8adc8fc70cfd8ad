package org.bianmin.hub.catalog.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.catalog.CatalogDraft;
import org.bianmin.hub.catalog.CatalogDraftService;
import org.bianmin.hub.catalog.DraftCheck;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.hub.catalog.UnconfirmedMismatchException;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.catalog.CatalogDocument.ItemDocument;
import org.bianmin.model.catalog.InvalidCatalogException;
import org.bianmin.model.cases.StaffRef;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 编辑事项目录: the administrator edits the working draft of the next version item by item,
 * checks it (catalog rules and 三级四同, every problem in Chinese) and publishes it as an
 * immutable new version.
 */
@Route("catalog/edit")
@RolesAllowed("ADMIN")
class CatalogEditView extends VerticalLayout implements HasDynamicTitle {

	private final CatalogDraftService drafts;

	private final StaffRef admin;

	private final ProblemTexts texts = new ProblemTexts(this::getTranslation);

	private final Paragraph status = new Paragraph();

	private final Grid<ItemDocument> items = new Grid<>();

	private final Div problems = new Div();

	private final TextField about = new TextField();

	private final Checkbox confirmMismatches = new Checkbox();

	private CatalogDraft draft;

	CatalogEditView(CatalogDraftService drafts, CurrentUser currentUser) {
		this.drafts = drafts;
		SignedInUser user = currentUser.require();
		this.admin = new StaffRef(user.username(), user.displayName());
		this.draft = drafts.draft();
		this.status.setId("draft-status");
		this.problems.setId("draft-problems");
		add(new H2(getTranslation("catalog.edit.title")), this.status, createActions(), createItems(), this.problems,
				createPublishing());
		refresh(drafts.draft());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.edit.title");
	}

	private HorizontalLayout createActions() {
		Button add = new Button(getTranslation("catalog.edit.add-item"), VaadinIcon.PLUS.create(),
				(event) -> openItem(null));
		add.setId("add-item");
		Button check = new Button(getTranslation("catalog.edit.check"), VaadinIcon.CHECK.create(),
				(event) -> showCheck(this.drafts.check()));
		check.setId("check-draft");
		Button discard = new Button(getTranslation("catalog.edit.discard"), (event) -> {
			this.drafts.discard(this.admin);
			refresh(this.drafts.draft());
		});
		discard.setId("discard-draft");
		discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		return new HorizontalLayout(add, check, discard);
	}

	private Grid<ItemDocument> createItems() {
		this.items.setId("draft-items");
		this.items.addColumn(ItemDocument::code).setHeader(getTranslation("catalog.view.code")).setAutoWidth(true);
		this.items.addColumn(ItemDocument::name).setHeader(getTranslation("catalog.view.name")).setFlexGrow(3);
		this.items.addColumn((item) -> getTranslation("catalog.category." + item.category()))
			.setHeader(getTranslation("catalog.view.category"))
			.setAutoWidth(true);
		this.items.addColumn((item) -> getTranslation("node-level." + item.decidedAt()))
			.setHeader(getTranslation("catalog.view.decided-at"))
			.setAutoWidth(true);
		this.items.addComponentColumn((item) -> {
			Button remove = new Button(VaadinIcon.TRASH.create(), (event) -> remove(item));
			remove.setAriaLabel(getTranslation("catalog.edit.remove-item"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			return remove;
		}).setAutoWidth(true).setFlexGrow(0);
		this.items.addItemClickListener((event) -> openItem(event.getItem()));
		this.items.setAllRowsVisible(true);
		return this.items;
	}

	private VerticalLayout createPublishing() {
		this.about.setId("publish-about");
		this.about.setLabel(getTranslation("catalog.edit.about"));
		this.about.setWidthFull();
		this.confirmMismatches.setId("publish-confirm");
		this.confirmMismatches.setLabel(getTranslation("catalog.edit.confirm-mismatches"));
		this.confirmMismatches.setVisible(false);
		Button publish = new Button(getTranslation("catalog.edit.publish"), VaadinIcon.UPLOAD.create(),
				(event) -> publish());
		publish.setId("publish");
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout publishing = new VerticalLayout(new H3(getTranslation("catalog.edit.publishing")), this.about,
				this.confirmMismatches, publish);
		publishing.setPadding(false);
		return publishing;
	}

	private void openItem(@Nullable ItemDocument item) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation((item != null) ? "catalog.edit.edit-item" : "catalog.edit.add-item"));
		dialog.setWidth("min(60rem, 100vw)");
		Div itemProblems = new Div();
		itemProblems.setId("item-problems");
		ItemForm form = new ItemForm(item, (document) -> {
			try {
				refresh(this.drafts.saveItem((item != null) ? item.code() : null, document, this.draft.revision(),
						this.admin));
				dialog.close();
				Notification.show(getTranslation("catalog.edit.saved", document.name()));
			}
			catch (InvalidCatalogException ex) {
				showProblems(itemProblems, ex.problems().stream().map(this.texts::of).toList());
			}
			catch (OptimisticLockingFailureException ex) {
				showProblems(itemProblems, List.of(getTranslation("catalog.edit.changed-meanwhile")));
			}
		});
		dialog.add(itemProblems, form);
		Button cancel = new Button(getTranslation("catalog.edit.cancel"), (event) -> dialog.close());
		dialog.getFooter().add(cancel);
		add(dialog);
		dialog.open();
	}

	private void remove(ItemDocument item) {
		try {
			refresh(this.drafts.removeItem(String.valueOf(item.code()), this.draft.revision(), this.admin));
		}
		catch (OptimisticLockingFailureException ex) {
			showProblems(this.problems, List.of(getTranslation("catalog.edit.changed-meanwhile")));
		}
	}

	private void publish() {
		try {
			PublishedCatalog published = this.drafts.publish(this.about.getValue(), this.confirmMismatches.getValue(),
					this.admin);
			this.about.clear();
			this.confirmMismatches.clear();
			this.confirmMismatches.setVisible(false);
			refresh(this.drafts.draft());
			showProblems(this.problems, List.of());
			Paragraph done = new Paragraph(
					getTranslation("catalog.edit.published", published.version(), published.catalog().items().size()));
			done.setId("publish-result");
			this.problems.add(done);
		}
		catch (InvalidCatalogException ex) {
			showProblems(this.problems, ex.problems().stream().map(this.texts::of).toList());
		}
		catch (UnconfirmedMismatchException ex) {
			showCheck(new DraftCheck(List.of(), ex.mismatches()));
		}
	}

	private void showCheck(DraftCheck check) {
		List<String> lines = new java.util.ArrayList<>(check.problems().stream().map(this.texts::of).toList());
		check.mismatches().stream().map(this.texts::of).forEach(lines::add);
		showProblems(this.problems, lines);
		this.confirmMismatches.setVisible(!check.mismatches().isEmpty());
		if (check.clean()) {
			Paragraph clean = new Paragraph(getTranslation("catalog.edit.check-clean"));
			clean.setId("draft-clean");
			this.problems.add(clean);
		}
	}

	private static void showProblems(Div target, List<String> lines) {
		target.removeAll();
		if (lines.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
		list.addClassName("bianmin-problems");
		target.add(list);
	}

	private void refresh(CatalogDraft current) {
		this.draft = current;
		this.items.setItems(current.items());
		String basedOn = (current.basedOn() != null) ? getTranslation("catalog.edit.based-on", current.basedOn())
				: getTranslation("catalog.edit.based-on-none");
		this.status.setText(current.stored()
				? getTranslation("catalog.edit.status-stored", basedOn, current.items().size(), current.updatedBy(),
						ServiceTime.dayOf(java.util.Objects.requireNonNull(current.updatedAt())).toString())
				: getTranslation("catalog.edit.status-copy", basedOn, current.items().size()));
	}

}

package org.bianmin.hub.calendar.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.calendar.EffectiveYear;
import org.bianmin.hub.calendar.HolidayCalendarService;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.CalendarProblem;
import org.bianmin.model.calendar.HolidayYear;
import org.bianmin.model.calendar.InvalidCalendarException;
import org.bianmin.model.cases.StaffRef;

/**
 * 节假日安排: an administrator enters a year's rest days and make-up working days from the
 * State Council's notice and publishes them; every problem is shown in Chinese at once.
 * Clicking a year in effect loads it into the form, to amend it.
 */
@Route("holidays")
@RolesAllowed("ADMIN")
class HolidayCalendarView extends VerticalLayout implements HasDynamicTitle {

	private final HolidayCalendarService holidays;

	private final StaffRef admin;

	private final IntegerField year = new IntegerField();

	private final TextField source = new TextField();

	private final TextArea restDays = new TextArea();

	private final TextArea makeUpDays = new TextArea();

	private final Div messages = new Div();

	private final Grid<EffectiveYear> years = new Grid<>();

	HolidayCalendarView(HolidayCalendarService holidays, CurrentUser currentUser) {
		this.holidays = holidays;
		SignedInUser user = currentUser.require();
		this.admin = new StaffRef(user.username(), user.displayName());
		this.messages.setId("holiday-messages");
		add(new H2(getTranslation("holidays.title")), new Paragraph(getTranslation("holidays.intro")), createForm(),
				this.messages, new H3(getTranslation("holidays.list-title")), createYears());
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("holidays.title");
	}

	private VerticalLayout createForm() {
		this.year.setId("holiday-year");
		this.year.setLabel(getTranslation("holidays.year"));
		this.source.setId("holiday-source");
		this.source.setLabel(getTranslation("holidays.source"));
		this.source.setWidthFull();
		this.restDays.setId("holiday-rest-days");
		this.restDays.setLabel(getTranslation("holidays.holidays"));
		this.restDays.setHelperText(getTranslation("holidays.dates-help"));
		this.restDays.setWidthFull();
		this.makeUpDays.setId("holiday-make-up-days");
		this.makeUpDays.setLabel(getTranslation("holidays.make-up"));
		this.makeUpDays.setHelperText(getTranslation("holidays.dates-help"));
		this.makeUpDays.setWidthFull();
		Button publish = new Button(getTranslation("holidays.publish"), (event) -> publish());
		publish.setId("holiday-publish");
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout form = new VerticalLayout(this.year, this.source, this.restDays, this.makeUpDays, publish);
		form.setPadding(false);
		form.setMaxWidth("40rem");
		return form;
	}

	private Grid<EffectiveYear> createYears() {
		this.years.setId("holiday-years");
		this.years.addColumn((effective) -> effective.year().year())
			.setHeader(getTranslation("holidays.list-year"))
			.setAutoWidth(true);
		this.years.addColumn((effective) -> getTranslation("holidays.origin." + effective.origin().name()))
			.setHeader(getTranslation("holidays.list-origin"))
			.setAutoWidth(true);
		this.years.addColumn(
				(effective) -> effective.year().holidays().size() + " / " + effective.year().makeUpWorkdays().size())
			.setHeader(getTranslation("holidays.list-days"))
			.setAutoWidth(true);
		this.years.addColumn((effective) -> effective.year().source())
			.setHeader(getTranslation("holidays.list-source"))
			.setFlexGrow(2);
		this.years.addItemClickListener((event) -> load(event.getItem().year()));
		this.years.setAllRowsVisible(true);
		return this.years;
	}

	private void load(HolidayYear existing) {
		this.year.setValue(existing.year());
		this.source.setValue(existing.source());
		this.restDays.setValue(lines(existing.holidays()));
		this.makeUpDays.setValue(lines(existing.makeUpWorkdays()));
	}

	private void publish() {
		List<String> problems = new ArrayList<>();
		Integer number = this.year.getValue();
		if (number == null || number < 2000 || number > 2099) {
			problems.add(getTranslation("holidays.year-required"));
		}
		List<LocalDate> rest = dates(this.restDays.getValue(), problems);
		List<LocalDate> work = dates(this.makeUpDays.getValue(), problems);
		if (!problems.isEmpty()) {
			show(problems, false);
			return;
		}
		try {
			HolidayYear arrangement = new HolidayYear(number, rest, work, this.source.getValue().strip());
			this.holidays.publish(arrangement, this.admin);
			show(List.of(getTranslation("holidays.published", String.valueOf(number), rest.size(), work.size())), true);
			refresh();
		}
		catch (InvalidCalendarException ex) {
			show(ex.problems().stream().map(this::text).toList(), false);
		}
	}

	private String text(CalendarProblem problem) {
		return getTranslation(problem.messageKey(), String.valueOf(problem.year()),
				(problem.date() != null) ? problem.date().toString() : "");
	}

	private List<LocalDate> dates(String text, List<String> problems) {
		List<LocalDate> dates = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			try {
				dates.add(LocalDate.parse(trimmed));
			}
			catch (DateTimeParseException ex) {
				problems.add(getTranslation("holidays.bad-date", trimmed));
			}
		}
		return dates;
	}

	private void show(List<String> lines, boolean success) {
		this.messages.removeAll();
		UnorderedList list = new UnorderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
		list.addClassName(success ? "bianmin-success" : "bianmin-problems");
		this.messages.add(list);
	}

	private void refresh() {
		this.years.setItems(this.holidays.effectiveYears());
	}

	private static String lines(List<LocalDate> dates) {
		return dates.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
	}

}

package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitClockTest {

	private final TimeLimitClock clock = new TimeLimitClock(BundledHolidays.calendar(), 2);

	// Mon 3 Mar 2025 with 5 working days: Tue 4, Wed 5, Thu 6, Fri 7, Mon 10
	private static final LocalDate MONDAY = date("2025-03-03");

	@Test
	void a_limit_spanning_national_day_counts_the_make_up_sunday() {
		Deadline deadline = this.clock.deadline(date("2025-09-25"), 5, List.of(), date("2025-09-26"), null);

		// Fri 26, Sun 28 (调休上班), Mon 29, Tue 30, Oct 1–8 off, Thu 9
		assertThat(deadline.dueDate()).isEqualTo(date("2025-10-09"));
		assertThat(deadline.workingDaysLeft()).isEqualTo(4);
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(deadline.provisional()).isFalse();
	}

	@Test
	void a_limit_spanning_the_2026_spring_festival_counts_both_make_up_saturdays() {
		LocalDate friday = date("2026-02-13");

		assertThat(due(friday, 1)).isEqualTo(date("2026-02-14"));
		// Sat 14, then Feb 15–23 off, Tue 24, Wed 25, Thu 26, Fri 27
		assertThat(due(friday, 5)).isEqualTo(date("2026-02-27"));
		assertThat(due(friday, 6)).isEqualTo(date("2026-02-28"));
	}

	@Test
	void a_limit_spanning_new_year_2026_counts_the_make_up_sunday() {
		// Wed 31 Dec 2025: Jan 1–3 off, Sun 4 (调休上班), Mon 5
		assertThat(due(date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
		assertThat(due(date("2025-12-31"), 2)).isEqualTo(date("2026-01-05"));
	}

	@Test
	void the_acceptance_day_is_not_counted() {
		assertThat(due(MONDAY, 1)).isEqualTo(date("2025-03-04"));
		assertThat(due(MONDAY, 5)).isEqualTo(date("2025-03-10"));
	}

	@Test
	void an_instant_item_is_due_on_the_acceptance_day() {
		Deadline sameDay = this.clock.deadline(MONDAY, 0, List.of(), MONDAY, null);
		Deadline nextDay = this.clock.deadline(MONDAY, 0, List.of(), date("2025-03-04"), null);

		assertThat(sameDay.dueDate()).isEqualTo(MONDAY);
		assertThat(sameDay.workingDaysLeft()).isZero();
		assertThat(sameDay.status()).isEqualTo(TimeLimitStatus.YELLOW);
		assertThat(nextDay.status()).isEqualTo(TimeLimitStatus.RED);
	}

	@Test
	void an_instant_item_accepted_on_a_make_up_sunday_is_due_that_sunday() {
		assertThat(due(date("2025-09-28"), 0)).isEqualTo(date("2025-09-28"));
	}

	@Test
	void is_green_with_more_working_days_left_than_the_window() {
		Deadline deadline = running(date("2025-03-05"));

		assertThat(deadline.workingDaysLeft()).isEqualTo(3);
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.GREEN);
	}

	@Test
	void is_yellow_with_as_many_working_days_left_as_the_window() {
		Deadline deadline = running(date("2025-03-06"));

		assertThat(deadline.workingDaysLeft()).isEqualTo(2);
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.YELLOW);
	}

	@Test
	void is_yellow_the_working_day_before_the_due_date_and_over_the_weekend() {
		assertThat(running(date("2025-03-07")).status()).isEqualTo(TimeLimitStatus.YELLOW);
		assertThat(running(date("2025-03-07")).workingDaysLeft()).isEqualTo(1);
		assertThat(running(date("2025-03-09")).workingDaysLeft()).isEqualTo(1);
		assertThat(running(date("2025-03-09")).status()).isEqualTo(TimeLimitStatus.YELLOW);
	}

	@Test
	void is_yellow_on_the_due_day() {
		Deadline deadline = running(date("2025-03-10"));

		assertThat(deadline.workingDaysLeft()).isZero();
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.YELLOW);
	}

	@Test
	void is_yellow_on_the_due_day_even_without_a_warning_window() {
		TimeLimitClock noWarning = new TimeLimitClock(BundledHolidays.calendar(), 0);

		assertThat(noWarning.deadline(MONDAY, 5, List.of(), date("2025-03-07"), null).status())
			.isEqualTo(TimeLimitStatus.GREEN);
		assertThat(noWarning.deadline(MONDAY, 5, List.of(), date("2025-03-10"), null).status())
			.isEqualTo(TimeLimitStatus.YELLOW);
	}

	@Test
	void is_red_the_day_after_the_due_date() {
		Deadline deadline = running(date("2025-03-11"));

		assertThat(deadline.workingDaysLeft()).isEqualTo(-1);
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.RED);
	}

	@Test
	void is_red_on_the_weekend_after_a_friday_due_date() {
		Deadline deadline = this.clock.deadline(MONDAY, 4, List.of(), date("2025-03-08"), null);

		assertThat(deadline.dueDate()).isEqualTo(date("2025-03-07"));
		assertThat(deadline.workingDaysLeft()).isZero();
		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.RED);
	}

	@Test
	void each_paused_working_day_pushes_the_due_date_back_by_one_working_day() {
		// waiting Wed 5 and Thu 6; the applicant is back on Fri 7, which counts again
		Pause pause = new Pause(date("2025-03-05"), date("2025-03-07"));

		Deadline deadline = this.clock.deadline(MONDAY, 5, List.of(pause), date("2025-03-07"), null);

		assertThat(deadline.dueDate()).isEqualTo(date("2025-03-12"));
		assertThat(deadline.paused()).isFalse();
	}

	@Test
	void a_pause_over_a_weekend_moves_nothing() {
		Pause weekend = new Pause(date("2025-03-08"), date("2025-03-10"));

		assertThat(this.clock.deadline(MONDAY, 5, List.of(weekend), date("2025-03-10"), null).dueDate())
			.isEqualTo(date("2025-03-10"));
	}

	@Test
	void a_pause_ending_the_day_it_starts_moves_nothing() {
		Pause none = new Pause(date("2025-03-05"), date("2025-03-05"));

		assertThat(this.clock.deadline(MONDAY, 5, List.of(none), date("2025-03-06"), null).dueDate())
			.isEqualTo(date("2025-03-10"));
	}

	@Test
	void overlapping_pauses_count_each_day_once() {
		List<Pause> pauses = List.of(new Pause(date("2025-03-05"), date("2025-03-07")),
				new Pause(date("2025-03-06"), date("2025-03-08")));

		// Wed 5, Thu 6, Fri 7 paused
		assertThat(this.clock.deadline(MONDAY, 5, pauses, date("2025-03-10"), null).dueDate())
			.isEqualTo(date("2025-03-13"));
	}

	@Test
	void a_deferred_material_outstanding_from_acceptance_stops_the_clock_from_the_start() {
		// 容缺: the commitment runs from the acceptance day; the material arrives on Wed 5
		Pause deferred = new Pause(MONDAY, date("2025-03-05"));

		assertThat(this.clock.deadline(MONDAY, 5, List.of(deferred), date("2025-03-05"), null).dueDate())
			.isEqualTo(date("2025-03-11"));
	}

	@Test
	void an_open_pause_stops_the_clock_now_and_keeps_the_case_from_turning_red() {
		Pause waiting = Pause.openSince(date("2025-03-05"));

		Deadline thursday = this.clock.deadline(MONDAY, 5, List.of(waiting), date("2025-03-06"), null);
		Deadline nextMonday = this.clock.deadline(MONDAY, 5, List.of(waiting), date("2025-03-10"), null);

		// Tue 4 counted; Wed 5 and Thu 6 paused; projected: Fri 7, Mon 10, Tue 11, Wed 12
		assertThat(thursday.dueDate()).isEqualTo(date("2025-03-12"));
		assertThat(thursday.paused()).isTrue();
		// still waiting on the original due date: Wed 5 to Mon 10 paused
		assertThat(nextMonday.dueDate()).isEqualTo(date("2025-03-14"));
		assertThat(nextMonday.status()).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(nextMonday.paused()).isTrue();
	}

	@Test
	void a_finished_case_is_green_when_finished_on_or_before_the_due_date() {
		Deadline onDueDay = this.clock.deadline(MONDAY, 5, List.of(), date("2025-04-30"), date("2025-03-10"));
		Deadline early = this.clock.deadline(MONDAY, 5, List.of(), date("2025-04-30"), date("2025-03-04"));

		assertThat(onDueDay.status()).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(onDueDay.workingDaysLeft()).isZero();
		assertThat(early.status()).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(early.workingDaysLeft()).isEqualTo(4);
	}

	@Test
	void a_finished_case_is_red_when_finished_after_the_due_date() {
		Deadline late = this.clock.deadline(MONDAY, 5, List.of(), date("2025-04-30"), date("2025-03-12"));

		assertThat(late.status()).isEqualTo(TimeLimitStatus.RED);
		assertThat(late.workingDaysLeft()).isEqualTo(-2);
	}

	@Test
	void a_finished_case_is_never_paused_and_its_pauses_end_at_the_finish() {
		Pause waiting = Pause.openSince(date("2025-03-05"));

		Deadline finished = this.clock.deadline(MONDAY, 5, List.of(waiting), date("2025-04-30"), date("2025-03-06"));

		assertThat(finished.paused()).isFalse();
		assertThat(finished.dueDate()).isEqualTo(date("2025-03-12"));
		assertThat(finished.status()).isEqualTo(TimeLimitStatus.GREEN);
	}

	@Test
	void a_deadline_reaching_into_a_year_without_data_is_provisional() {
		Deadline intoNextYear = this.clock.deadline(date("2026-12-28"), 5, List.of(), date("2026-12-28"), null);
		Deadline within = this.clock.deadline(date("2026-03-02"), 5, List.of(), date("2026-03-02"), null);

		assertThat(intoNextYear.provisional()).isTrue();
		// Tue 29, Wed 30, Thu 31, then 2027 assumed: Fri 1 Jan, Mon 4 Jan
		assertThat(intoNextYear.dueDate()).isEqualTo(date("2027-01-04"));
		assertThat(within.provisional()).isFalse();
	}

	@Test
	void an_overdue_case_looked_at_in_a_year_without_data_is_provisional() {
		Deadline deadline = this.clock.deadline(date("2026-12-01"), 5, List.of(), date("2027-01-05"), null);

		assertThat(deadline.status()).isEqualTo(TimeLimitStatus.RED);
		assertThat(deadline.provisional()).isTrue();
	}

	@Test
	void rejects_a_negative_limit_or_window_and_a_finish_before_acceptance() {
		assertThatThrownBy(() -> this.clock.deadline(MONDAY, -1, List.of(), MONDAY, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.clock.deadline(MONDAY, 5, List.of(), MONDAY, date("2025-03-02")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TimeLimitClock(BundledHolidays.calendar(), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejects_a_pause_ending_before_it_starts() {
		assertThatThrownBy(() -> new Pause(date("2025-03-05"), date("2025-03-04")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private Deadline running(LocalDate today) {
		return this.clock.deadline(MONDAY, 5, List.of(), today, null);
	}

	private LocalDate due(LocalDate acceptedOn, int limit) {
		return this.clock.deadline(acceptedOn, limit, List.of(), acceptedOn, null).dueDate();
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}

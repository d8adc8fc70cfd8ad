package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayPropertiesTest {

	private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

	/** Every day of 2025 and 2026. */
	private static final int DAYS = 730;

	private final WorkingCalendar calendar = BundledHolidays.calendar();

	private final TimeLimitClock clock = new TimeLimitClock(this.calendar, 2);

	@Property
	void the_nth_working_day_after_a_day_is_a_working_day(@ForAll @IntRange(max = DAYS - 1) int offset,
			@ForAll @IntRange(min = 1, max = 60) int n) {
		LocalDate result = this.calendar.plusWorkingDays(FIRST_DAY.plusDays(offset), n);

		assertThat(this.calendar.isWorkingDay(result)).isTrue();
	}

	@Property
	void exactly_n_working_days_lie_between_a_day_and_its_nth_working_day(@ForAll @IntRange(max = DAYS - 1) int offset,
			@ForAll @IntRange(max = 60) int n) {
		LocalDate start = FIRST_DAY.plusDays(offset);

		assertThat(this.calendar.workingDaysBetween(start, this.calendar.plusWorkingDays(start, n))).isEqualTo(n);
	}

	@Property
	void the_clock_counts_exactly_the_limit_of_unpaused_working_days(@ForAll @IntRange(max = DAYS - 1) int offset,
			@ForAll @IntRange(max = 40) int limit, @ForAll("pauses") List<PauseShape> shapes) {
		LocalDate acceptedOn = FIRST_DAY.plusDays(offset);
		List<Pause> pauses = shapes.stream().map((shape) -> shape.after(acceptedOn)).toList();
		// long after every pause, so that none is cut off at the reference day
		LocalDate today = acceptedOn.plusDays(200);

		Deadline deadline = this.clock.deadline(acceptedOn, limit, pauses, today, null);

		int pausedWorkingDays = 0;
		for (LocalDate day = acceptedOn.plusDays(1); !day.isAfter(deadline.dueDate()); day = day.plusDays(1)) {
			LocalDate current = day;
			if (this.calendar.isWorkingDay(day) && pauses.stream().anyMatch((pause) -> pause.covers(current))) {
				pausedWorkingDays++;
			}
		}
		assertThat(this.calendar.workingDaysBetween(acceptedOn, deadline.dueDate()) - pausedWorkingDays)
			.isEqualTo(limit);
		if (limit > 0) {
			LocalDate dueDate = deadline.dueDate();
			assertThat(this.calendar.isWorkingDay(dueDate)).isTrue();
			assertThat(pauses).noneMatch((pause) -> pause.covers(dueDate));
		}
	}

	@Property
	void without_pauses_the_clock_agrees_with_the_calendar(@ForAll @IntRange(max = DAYS - 1) int offset,
			@ForAll @IntRange(max = 40) int limit) {
		LocalDate acceptedOn = FIRST_DAY.plusDays(offset);

		assertThat(this.clock.deadline(acceptedOn, limit, List.of(), acceptedOn, null).dueDate())
			.isEqualTo(this.calendar.plusWorkingDays(acceptedOn, limit));
	}

	@Provide
	Arbitrary<List<PauseShape>> pauses() {
		Arbitrary<PauseShape> shape = Combinators
			.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 20))
			.as(PauseShape::new);
		return shape.list().ofMaxSize(4);
	}

	/** A pause relative to the acceptance day, so that pauses land where they matter. */
	record PauseShape(int startsAfter, int lasts) {

		Pause after(LocalDate acceptedOn) {
			LocalDate from = acceptedOn.plusDays(this.startsAfter);
			return new Pause(from, from.plusDays(this.lasts));
		}

	}

}

package org.bianmin.hub.publicsite;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.cases.CaseHistories;
import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.QueryCodeProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProgressQueryServiceTest {

	// the fixture applicant's ID number ends in 0784
	private static final String RIGHT_CHECK = "0784";

	@Autowired
	private ProgressQueryService queries;

	@Autowired
	private CaseImportService imports;

	private Case received;

	private String client;

	@BeforeEach
	void storeACase() {
		this.received = this.imports.importCase(CaseHistories.receivedAtHub(CaseFixtures.PENSION));
		// every test its own client, so that one test's failures never throttle another
		this.client = "10.0.0." + UUID.randomUUID();
	}

	@Test
	void the_right_check_shows_the_steps_the_colour_and_where_to_collect() {
		ProgressAnswer answer = this.queries.ask(this.received.queryCode().display(), RIGHT_CHECK, this.client);

		assertThat(answer).isInstanceOf(ProgressAnswer.Shown.class);
		CaseProgress progress = ((ProgressAnswer.Shown) answer).progress();
		assertThat(progress.itemName()).isEqualTo("城乡居民基本养老保险待遇领取");
		assertThat(progress.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(progress.steps()).extracting(CaseProgress.Step::status)
			.containsExactly(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.FORWARDED,
					CaseStatus.RECEIVED);
		assertThat(progress.colour()).isIn(TimeLimitStatus.values());
		assertThat(progress.collectAtNode()).isEqualTo(CaseFixtures.TOWNSHIP);
	}

	@Test
	void the_check_may_be_typed_in_lower_case_or_full_width() {
		ProgressAnswer answer = this.queries.ask(this.received.queryCode().value().toLowerCase(), "０７８４", this.client);

		assertThat(answer).isInstanceOf(ProgressAnswer.Shown.class);
	}

	@Test
	void a_wrong_check_is_refused() {
		ProgressAnswer answer = this.queries.ask(this.received.queryCode().display(), "0785", this.client);

		assertThat(answer).isEqualTo(new ProgressAnswer.NoMatch());
	}

	@Test
	void an_unknown_code_and_a_wrong_check_get_the_same_answer_in_comparable_time() {
		QueryCode unknown = QueryCode.issue(CaseFixtures.TOWNSHIP, java.time.LocalDate.of(2026, 3, 2), 99_999);

		long unknownStarted = System.nanoTime();
		ProgressAnswer unknownAnswer = this.queries.ask(unknown.display(), RIGHT_CHECK, this.client);
		Duration unknownTook = Duration.ofNanos(System.nanoTime() - unknownStarted);
		long wrongStarted = System.nanoTime();
		ProgressAnswer wrongAnswer = this.queries.ask(this.received.queryCode().display(), "1111", this.client);
		Duration wrongTook = Duration.ofNanos(System.nanoTime() - wrongStarted);

		assertThat(unknownAnswer).isEqualTo(wrongAnswer).isEqualTo(new ProgressAnswer.NoMatch());
		// both wait out the minimum answer time (150 ms), which hides the lookup's own
		// time
		assertThat(unknownTook).isBetween(Duration.ofMillis(150), Duration.ofMillis(1500));
		assertThat(wrongTook).isBetween(Duration.ofMillis(150), Duration.ofMillis(1500));
	}

	@Test
	void five_failures_lock_the_client_out_even_with_the_right_check_but_not_others() {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(this.queries.ask(this.received.queryCode().display(), "9999", this.client))
				.isEqualTo(new ProgressAnswer.NoMatch());
		}

		assertThat(this.queries.ask(this.received.queryCode().display(), RIGHT_CHECK, this.client))
			.isEqualTo(new ProgressAnswer.TooManyAttempts());
		assertThat(this.queries.ask(this.received.queryCode().display(), RIGHT_CHECK, this.client + "-other"))
			.isInstanceOf(ProgressAnswer.Shown.class);
	}

	@Test
	void a_typing_slip_in_the_code_is_caught_by_its_check_character_and_costs_no_attempt() {
		String code = this.received.queryCode().value();
		// swap the first two neighbouring characters that differ
		int i = 0;
		while (code.charAt(i) == code.charAt(i + 1)) {
			i++;
		}
		String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
		List<ProgressAnswer> answers = java.util.stream.IntStream.range(0, 8)
			.mapToObj((attempt) -> this.queries.ask(swapped, RIGHT_CHECK, this.client))
			.toList();

		assertThat(answers).allSatisfy((answer) -> assertThat(answer)
			.isEqualTo(new ProgressAnswer.InvalidCode(QueryCodeProblem.CHECK_CHARACTER)));
		assertThat(this.queries.ask(code, RIGHT_CHECK, this.client)).isInstanceOf(ProgressAnswer.Shown.class);
	}

	@Test
	void a_check_that_is_not_four_id_characters_is_refused_before_any_lookup() {
		assertThat(this.queries.ask(this.received.queryCode().value(), "12345", this.client))
			.isEqualTo(new ProgressAnswer.InvalidCheck());
		assertThat(this.queries.ask(this.received.queryCode().value(), "王𠈌兰", this.client))
			.isEqualTo(new ProgressAnswer.InvalidCheck());
	}

}

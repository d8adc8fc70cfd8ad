package org.bianmin.hub.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.cases.CaseNotFoundException;
import org.bianmin.hub.demo.DemoCaseIds;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who may do what on a county case, and the release rule, with the demo county's cases.
 */
@DemoHubTest
class ReviewServiceTest {

	private static final SignedInUser MINZHENG = user("reviewer", "孙志强", Set.of(Role.REVIEWER), "县民政局");

	private static final SignedInUser RENSHE = user("reviewer.rs", "李娜", Set.of(Role.REVIEWER), "县人力资源和社会保障局");

	private static final SignedInUser SUPERVISOR = user("supervisor", "钱丽华", Set.of(Role.SUPERVISOR), null);

	@Autowired
	private ReviewService review;

	@Autowired
	private DataSource dataSource;

	private DemoCaseIds cases;

	@BeforeEach
	void setUp() {
		this.cases = new DemoCaseIds(this.dataSource);
	}

	@Test
	void a_supervisor_cannot_decide() {
		CaseId id = this.cases.of("冯长林", "S-002");

		ReviewResult result = this.review.act(SUPERVISOR, id,
				new ReviewAction.Decide(DecisionOutcome.APPROVED, List.of()));

		assertThat(result.isDone()).isFalse();
		assertThat(result.refused().key()).isEqualTo("case.rule.roleMayNot");
		assertThat(this.cases.status(id)).isEqualTo("RECEIVED");
	}

	@Test
	void a_reviewer_cannot_see_or_act_on_another_departments_case() {
		CaseId id = this.cases.of("冯长林", "S-002");

		assertThatExceptionOfType(CaseNotFoundException.class).isThrownBy(() -> this.review.open(MINZHENG, id));
		assertThatExceptionOfType(CaseNotFoundException.class).isThrownBy(
				() -> this.review.act(MINZHENG, id, new ReviewAction.Decide(DecisionOutcome.APPROVED, List.of())));
		assertThat(this.review.open(RENSHE, id).actions()).contains(ReviewAction.Kind.DECIDE);
	}

	@Test
	void an_unknown_case_is_not_found() {
		assertThatExceptionOfType(CaseNotFoundException.class)
			.isThrownBy(() -> this.review.open(SUPERVISOR, CaseId.of(UUID.randomUUID())));
	}

	@Test
	void a_result_is_held_until_the_deferred_material_is_in_then_released() {
		CaseId id = this.cases.of("周玉梅", "S-005");
		assertThat(this.review.open(MINZHENG, id).limits().promised().paused()).isTrue();
		assertThat(this.review.act(MINZHENG, id, new ReviewAction.Receive()).isDone()).isTrue();

		ReviewResult decided = this.review.act(MINZHENG, id,
				new ReviewAction.Decide(DecisionOutcome.APPROVED, List.of()));

		assertThat(decided.isDone()).isTrue();
		assertThat(decided.released()).isFalse();
		assertThat(decided.held().key()).isEqualTo("case.rule.resultHeldForDeferredMaterials");
		assertThat(this.cases.status(id)).isEqualTo("DECIDED");
		assertThat(this.review.open(MINZHENG, id).actions()).contains(ReviewAction.Kind.SUPPLY_DEFERRED,
				ReviewAction.Kind.RELEASE);

		assertThat(this.review.act(MINZHENG, id, new ReviewAction.SupplyDeferred("家庭收入情况声明")).isDone()).isTrue();
		ReviewResult released = this.review.act(MINZHENG, id, new ReviewAction.Release());

		assertThat(released.released()).isTrue();
		assertThat(this.cases.status(id)).isEqualTo("RESULT_READY");
		assertThat(this.review.open(MINZHENG, id).actions()).isEmpty();
	}

	private static SignedInUser user(String username, String name, Set<Role> roles, String department) {
		return new SignedInUser(UUID.randomUUID(), username, name, EnumSet.copyOf(roles), "YL", department);
	}

}

package org.bianmin.hub.cases.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.model.cases.CaseFixtures.AT_HUB;
import static org.bianmin.model.cases.CaseFixtures.AT_TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;

/**
 * What every database under the {@link CaseRepository} must do: events in, the same case
 * out, the projection in step, nothing written twice. Run on H2 and on PostgreSQL. Each
 * test runs in a transaction that is rolled back.
 */
@Transactional
abstract class CaseRepositoryContract {

	@Autowired
	private CaseRepository repository;

	@Autowired
	private DataSource dataSource;

	private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

	abstract String expectedDatabase();

	@Test
	void runs_on_the_database_it_is_named_for() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	@Test
	void stores_events_and_gives_back_the_same_case_and_timeline() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);

		this.repository.append(forwarded, events);

		assertThat(this.repository.events(forwarded.id())).isEqualTo(events);
		assertThat(this.repository.find(forwarded.id())).contains(forwarded);
		Map<String, Object> row = projection(forwarded);
		assertThat(row).containsEntry("status", "FORWARDED")
			.containsEntry("owner_node", "YL")
			.containsEntry("filed_node", "QS")
			.containsEntry("item_code", "S-002")
			.containsEntry("query_code", forwarded.queryCode().value())
			.containsEntry("applicant_name", "王𠈌兰")
			.containsEntry("resident_id", "621121194411030784")
			.containsEntry("channel", "WINDOW");
		assertThat(((Number) row.get("version")).intValue()).isEqualTo(events.size());
		assertThat(row.get("accepted_at")).isNotNull();
	}

	@Test
	void appending_later_events_moves_the_projection_on() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		CommandResult.Done received = done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		this.repository.append(received.after(), received.events());
		CommandResult.Done decided = done(received.after(), new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()),
				REVIEWER, AT_HUB);
		this.repository.append(decided.after(), decided.events());

		assertThat(this.repository.find(forwarded.id())).contains(decided.after());
		assertThat(projection(forwarded)).containsEntry("status", "DECIDED");
		assertThat(this.repository.events(forwarded.id())).hasSize(events.size() + 3);
	}

	@Test
	void refuses_events_written_on_top_of_a_stale_version() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		CommandResult.Done received = done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		this.repository.append(received.after(), received.events());

		// a second writer that still sees the forwarded case decides on it
		CommandResult.Done stale = done(forwarded, new CaseCommand.Receive(), CLERK, AT_HUB);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.repository.append(stale.after(), stale.events()));
	}

	@Test
	void an_event_id_is_stored_once() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.repository.append(forwarded, List.of(events.getLast())));
	}

	@Test
	void the_projection_refuses_an_update_from_a_version_it_does_not_hold() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		List<CaseEvent> first = events.subList(0, 2);
		this.repository.append(Case.replay(first), first);
		// events 4.. on top of version 2: the store must not skip the missing third
		List<CaseEvent> rest = events.subList(3, events.size());

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.repository.append(forwarded, rest));
	}

	@Test
	void stamps_each_event_with_the_hub_clock() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		List<Object> received = new JdbcTemplate(this.dataSource)
			.queryForList("select received_at from case_event where case_id = ?", Object.class, forwarded.id().value());
		assertThat(received).hasSize(events.size()).doesNotContainNull();
	}

	@Test
	@Transactional(propagation = Propagation.NEVER)
	void writes_only_inside_a_transaction() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.repository.append(forwarded, events));
	}

	private Case forwardedCase(List<CaseEvent> events) {
		Case current = null;
		List<CaseCommand> commands = List.of(
				CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)),
				new CaseCommand.Submit(), new CaseCommand.Accept(List.of()), new CaseCommand.Forward());
		for (CaseCommand command : commands) {
			CommandResult.Done done = done(current, command, CLERK, AT_TOWNSHIP);
			events.addAll(done.events());
			current = done.after();
		}
		return current;
	}

	private CommandResult.Done done(Case current, CaseCommand command, Actor actor, NetworkPlace place) {
		CommandResult result = CaseDecider.decide(current, command, this.desk.context(actor, place));
		assertThat(result).isInstanceOf(CommandResult.Done.class);
		return (CommandResult.Done) result;
	}

	private Map<String, Object> projection(Case of) {
		return new JdbcTemplate(this.dataSource).queryForMap("select * from cases where id = ?", of.id().value());
	}

}

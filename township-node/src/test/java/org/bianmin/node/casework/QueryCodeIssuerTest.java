package org.bianmin.node.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.persistence.QueryCodeSequenceRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Query codes issued at the township node QS on its real H2 database. Each test issues on
 * its own day in the 2030s, so that the tests sharing this database (and the demo codes
 * of today) never meet on one day's sequence.
 */
@TownshipNodeTest
class QueryCodeIssuerTest {

	/** Long enough for a second transaction to be waiting on the first one's lock. */
	private static final long WAIT_MILLIS = 300;

	@Autowired
	private QueryCodeIssuer issuer;

	@Autowired
	private QueryCodeSequenceRepository sequences;

	@Autowired
	private NodeIdentity node;

	@Autowired
	private PlatformTransactionManager transactions;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void issues_the_days_first_code_with_sequence_1_and_counts_on() {
		QueryCodeIssuer issuer = issuerOn(LocalDate.of(2031, 3, 3));

		List<QueryCode> codes = List.of(inTransaction(issuer), inTransaction(issuer), inTransaction(issuer));

		assertThat(codes).extracting(QueryCode::sequence).containsExactly(1, 2, 3);
		assertThat(codes).extracting(QueryCode::node).containsOnly(NodeCode.of("QS"));
		assertThat(codes).extracting(QueryCode::date).containsOnly(LocalDate.of(2031, 3, 3));
		assertThat(codes.getFirst().display()).startsWith("310303-001-QS-");
	}

	@Test
	void starts_again_from_1_the_next_day() {
		inTransaction(issuerOn(LocalDate.of(2031, 3, 10)));
		inTransaction(issuerOn(LocalDate.of(2031, 3, 10)));

		QueryCode nextDay = inTransaction(issuerOn(LocalDate.of(2031, 3, 11)));

		assertThat(nextDay.sequence()).isEqualTo(1);
		assertThat(inTransaction(issuerOn(LocalDate.of(2031, 3, 10))).sequence()).isEqualTo(3);
	}

	@Test
	void dates_codes_by_the_countys_day_not_the_utc_day() {
		// 17:30 UTC on 16 March is 01:30 on 17 March in the county
		Clock clock = Clock.fixed(Instant.parse("2031-03-16T17:30:00Z"), ZoneOffset.UTC);

		QueryCode code = inTransaction(new QueryCodeIssuer(this.sequences, this.node, clock));

		assertThat(code.date()).isEqualTo(LocalDate.of(2031, 3, 17));
	}

	@Test
	void refuses_to_issue_outside_a_transaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.issuer.issue());
	}

	@Test
	void a_rolled_back_filing_gives_its_number_back() {
		QueryCodeIssuer issuer = issuerOn(LocalDate.of(2031, 3, 24));
		inTransaction(issuer);

		QueryCode rolledBack = new TransactionTemplate(this.transactions).execute((status) -> {
			status.setRollbackOnly();
			return issuer.issue();
		});

		assertThat(rolledBack.sequence()).isEqualTo(2);
		assertThat(inTransaction(issuer).sequence()).isEqualTo(2);
	}

	@Test
	void a_concurrent_transaction_waits_for_the_first_and_gets_the_next_number() throws Exception {
		QueryCodeIssuer issuer = issuerOn(LocalDate.of(2031, 4, 7));
		inTransaction(issuer);

		List<Integer> sequences = issueWhileAnotherTransactionHolds(issuer);

		assertThat(sequences).containsExactly(2, 3);
	}

	@Test
	void two_transactions_issuing_a_days_first_code_together_get_1_and_2() throws Exception {
		List<Integer> sequences = issueWhileAnotherTransactionHolds(issuerOn(LocalDate.of(2031, 4, 14)));

		assertThat(sequences).containsExactly(1, 2);
	}

	@Test
	void never_hands_out_a_number_twice_under_concurrent_transactions() throws Exception {
		QueryCodeIssuer issuer = issuerOn(LocalDate.of(2031, 4, 21));
		List<Future<List<Integer>>> workers = new ArrayList<>();
		for (int worker = 0; worker < 2; worker++) {
			workers.add(this.threads
				.submit(() -> IntStream.range(0, 40).mapToObj((i) -> inTransaction(issuer).sequence()).toList()));
		}

		List<Integer> all = new ArrayList<>();
		for (Future<List<Integer>> worker : workers) {
			all.addAll(worker.get(60, TimeUnit.SECONDS));
		}

		Set<Integer> distinct = new TreeSet<>(all);
		assertThat(all).hasSize(80);
		assertThat(distinct).hasSize(80).containsExactlyElementsOf(IntStream.rangeClosed(1, 80).boxed().toList());
	}

	/**
	 * A first transaction issues a code and stays open; a second one asks meanwhile. The
	 * second must not finish before the first commits.
	 * @return the sequences of the first and the second transaction
	 */
	private List<Integer> issueWhileAnotherTransactionHolds(QueryCodeIssuer issuer) throws Exception {
		CountDownLatch firstIssued = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		Future<Integer> first = this.threads.submit(() -> new TransactionTemplate(this.transactions).execute((s) -> {
			int sequence = issuer.issue().sequence();
			firstIssued.countDown();
			await(secondStarted);
			sleep(WAIT_MILLIS);
			return sequence;
		}));
		assertThat(firstIssued.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
			secondStarted.countDown();
			return inTransaction(issuer).sequence();
		}, this.threads);

		await(secondStarted);
		sleep(WAIT_MILLIS / 2);
		assertThat(second).as("the second transaction waits for the first").isNotDone();
		return List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
	}

	private QueryCode inTransaction(QueryCodeIssuer issuer) {
		return new TransactionTemplate(this.transactions).execute((status) -> issuer.issue());
	}

	private QueryCodeIssuer issuerOn(LocalDate day) {
		Instant noonInTheCounty = day.atTime(12, 0).atOffset(ZoneOffset.ofHours(8)).toInstant();
		return new QueryCodeIssuer(this.sequences, this.node, Clock.fixed(noonInTheCounty, ZoneOffset.UTC));
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

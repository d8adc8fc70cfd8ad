package org.bianmin.hub.sync.feed;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.SyncNodeService;
import org.bianmin.hub.sync.persistence.FeedRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late commits are never skipped (docs/sync-protocol.md 6.2): two real transactions
 * append to one node's feed at once and try to commit in the reverse order of their
 * positions. The second waits on the node's counter row until the first commits, so a
 * reader never sees position 2 without position 1, and its cursor never jumps over a row
 * that commits later. Run on H2 and on PostgreSQL.
 */
abstract class FeedOrderContract {

	@Autowired
	FeedAppender appender;

	@Autowired
	FeedReader reader;

	@Autowired
	FeedRepository feeds;

	@Autowired
	SyncNodeService registry;

	@Autowired
	PlatformTransactionManager transactions;

	// threads of the test's own: the common pool may be one thread on a small machine
	private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

	@org.junit.jupiter.api.AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void a_transaction_that_commits_late_is_never_skipped() throws Exception {
		NodeCode node = register();
		long base = head(node);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		CountDownLatch firstAppended = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);

		// the first takes position 1 and holds on before committing
		CompletableFuture<Void> a = CompletableFuture.runAsync(() -> inTransaction(() -> {
			this.appender.append(List.of(FeedAppender.Pending.staff(node, first)));
			firstAppended.countDown();
			await(firstMayCommit);
		}), this.threads);
		await(firstAppended);
		// the second appends and wants to commit at once: before the first
		CompletableFuture<Void> b = CompletableFuture.runAsync(() -> inTransaction(() -> {
			secondStarted.countDown();
			this.appender.append(List.of(FeedAppender.Pending.staff(node, second)));
		}), this.threads);
		await(secondStarted);
		Thread.sleep(500);

		// the second waits for the first's counter row: nothing is committed, the reader
		// sees nothing and its cursor stays
		assertThat(b).isNotDone();
		assertThat(this.reader.page(node, new FeedQuery(base, 100, 0, true)).nextCursor()).isEqualTo(base);
		assertThat(positions(node)).isEmpty();

		firstMayCommit.countDown();
		a.get(30, TimeUnit.SECONDS);
		b.get(30, TimeUnit.SECONDS);

		assertThat(positions(node)).extracting(FeedRepository.Entry::seq, FeedRepository.Entry::ref)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(base + 1, first.toString()),
					org.assertj.core.groups.Tuple.tuple(base + 2, second.toString()));
		assertThat(this.reader.page(node, new FeedQuery(base, 100, 0, true)).nextCursor()).isEqualTo(base + 2);
	}

	@Test
	void a_rolled_back_transaction_gives_its_positions_back() {
		NodeCode node = register();
		long base = head(node);

		try {
			inTransaction(() -> {
				this.appender.append(List.of(FeedAppender.Pending.staff(node, UUID.randomUUID())));
				throw new IllegalStateException("rolled back");
			});
		}
		catch (IllegalStateException expected) {
			// the append is undone with its counter
		}
		inTransaction(() -> this.appender.append(List.of(FeedAppender.Pending.staff(node, UUID.randomUUID()))));

		assertThat(positions(node)).extracting(FeedRepository.Entry::seq).containsExactly(base + 1);
	}

	@Test
	void transactions_appending_to_two_feeds_in_opposite_orders_do_not_deadlock() throws Exception {
		NodeCode one = register();
		NodeCode two = register();
		long baseOne = head(one);
		long baseTwo = head(two);
		CountDownLatch both = new CountDownLatch(2);
		Runnable ab = () -> inTransaction(() -> {
			both.countDown();
			await(both);
			this.appender.append(List.of(FeedAppender.Pending.staff(one, UUID.randomUUID()),
					FeedAppender.Pending.staff(two, UUID.randomUUID())));
		});
		Runnable ba = () -> inTransaction(() -> {
			both.countDown();
			await(both);
			this.appender.append(List.of(FeedAppender.Pending.staff(two, UUID.randomUUID()),
					FeedAppender.Pending.staff(one, UUID.randomUUID())));
		});

		CompletableFuture
			.allOf(CompletableFuture.runAsync(ab, this.threads), CompletableFuture.runAsync(ba, this.threads))
			.get(30, TimeUnit.SECONDS);

		assertThat(positions(one)).extracting(FeedRepository.Entry::seq).containsExactly(baseOne + 1, baseOne + 2);
		assertThat(positions(two)).extracting(FeedRepository.Entry::seq).containsExactly(baseTwo + 1, baseTwo + 2);
	}

	private NodeCode register() {
		NodeCode code = NodeCode.of("F" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36)
			.toUpperCase()
			.substring(0, 5));
		this.registry.register(new NodeRegistration(code, NodeLevel.TOWNSHIP, null, "测试镇"));
		return code;
	}

	// a new node's feed starts with the current catalog (if one is published)
	private long head(NodeCode node) {
		return this.feeds.head(node).feedSeq();
	}

	private List<FeedRepository.Entry> positions(NodeCode node) {
		return new TransactionTemplate(this.transactions)
			.execute((status) -> this.feeds.after(node, 0, Long.MAX_VALUE, 100, true)
				.stream()
				.filter((entry) -> entry.kind() == FeedRepository.Kind.STAFF_ACCOUNT)
				.toList());
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> work.run());
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("timed out");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

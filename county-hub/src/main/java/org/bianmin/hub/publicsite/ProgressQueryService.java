package org.bianmin.hub.publicsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.publicsite.persistence.FailedCheckRepository;
import org.bianmin.hub.publicsite.persistence.PublicCaseQuery;
import org.bianmin.model.calendar.Deadline;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.InvalidQueryCodeException;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers the public progress query (一码查进程). In this order: the query code's own check
 * character catches typing slips (nothing is looked up); a client with too many recent
 * failures is refused (nothing is looked up); then the case is read by its code and the
 * check compared in constant time with the last four characters of the applicant's ID
 * number. An unknown code and a wrong check are one answer, cost the same work and count
 * as a failure alike, and every answer takes at least a minimum time, so neither the
 * answer nor its timing tells which codes exist.
 *
 * @see <a href=
 * "../../../../../../../docs/adr/0025-public-query-second-factor-and-rate-limit.md">ADR
 * 25</a>
 */
@Service
public class ProgressQueryService {

	private static final Pattern CHECK = Pattern.compile("[0-9]{3}[0-9X]");

	// compared against when no case has the code, so that both paths do the same work
	private static final byte[] NO_CASE = "----".getBytes(StandardCharsets.US_ASCII);

	private final PublicCaseQuery cases;

	private final FailedCheckRepository failures;

	private final TimeLimitClock timeLimits;

	private final List<CentreDirectory> directories;

	private final HubIdentity hub;

	private final PublicSiteSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ProgressQueryService(PublicCaseQuery cases, FailedCheckRepository failures, TimeLimitClock timeLimits,
			List<CentreDirectory> directories, HubIdentity hub, PublicSiteSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.cases = cases;
		this.failures = failures;
		this.timeLimits = timeLimits;
		this.directories = List.copyOf(directories);
		this.hub = hub;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Answers a query.
	 * @param typedCode the query code as typed or scanned
	 * @param typedCheck the last four characters of the applicant's ID number as typed
	 * @param client the client's address (behind a proxy: the forwarded one), only ever
	 * kept as a hash
	 * @return the answer
	 */
	public ProgressAnswer ask(String typedCode, String typedCheck, String client) {
		long started = System.nanoTime();
		ProgressAnswer answer = answer(typedCode, typedCheck, client);
		waitUntil(started, this.settings.minimumAnswerTime());
		return answer;
	}

	private ProgressAnswer answer(String typedCode, String typedCheck, String client) {
		QueryCode code;
		try {
			code = QueryCode.parse(typedCode);
		}
		catch (InvalidQueryCodeException ex) {
			return new ProgressAnswer.InvalidCode(ex.problem());
		}
		String check = normaliseCheck(typedCheck);
		if (!CHECK.matcher(check).matches()) {
			return new ProgressAnswer.InvalidCheck();
		}
		String clientKey = clientKey(client);
		ProgressAnswer answer = this.transaction.execute((status) -> lookUp(code, check, clientKey));
		return (answer != null) ? answer : new ProgressAnswer.NoMatch();
	}

	private ProgressAnswer lookUp(QueryCode code, String check, String clientKey) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.settings.failedCheckWindow());
		if (this.failures.countSince(clientKey, windowStart) >= this.settings.maxFailedChecks()) {
			return new ProgressAnswer.TooManyAttempts();
		}
		List<CaseEvent> events = this.cases.eventsOf(code);
		Case found = events.isEmpty() ? null : Case.replay(events);
		byte[] expected = (found != null)
				? found.filing().applicant().residentId().lastFour().getBytes(StandardCharsets.US_ASCII) : NO_CASE;
		boolean matches = MessageDigest.isEqual(expected, check.getBytes(StandardCharsets.US_ASCII));
		if (found == null || !matches) {
			this.failures.forgetBefore(windowStart);
			this.failures.record(clientKey, now);
			return new ProgressAnswer.NoMatch();
		}
		return new ProgressAnswer.Shown(progress(found, events));
	}

	private CaseProgress progress(Case found, List<CaseEvent> events) {
		List<CaseProgress.Step> steps = new ArrayList<>();
		Case folded = null;
		for (CaseEvent event : events) {
			CaseStatus before = (folded != null) ? folded.status() : null;
			folded = (folded == null) ? Case.replay(List.of(event)) : folded.apply(event);
			if (folded.status() != before) {
				steps.add(new CaseProgress.Step(folded.status(), ServiceTime.dayOf(event.recordedAt())));
			}
		}
		LocalDate today = ServiceTime.today(this.clock);
		Deadline promised = found.timeLimits(this.timeLimits, today).map(Case.TimeLimits::promised).orElse(null);
		NodeCode collectAtNode = (found.acceptance() != null) ? found.acceptance().node() : null;
		String collectAt = (collectAtNode != null) ? centreName(collectAtNode) : null;
		return new CaseProgress(found.queryCode(), found.item().code().value(), found.item().name(), found.status(),
				steps, (promised != null) ? promised.status() : null, (promised != null) ? promised.dueDate() : null,
				collectAtNode, collectAt);
	}

	private @Nullable String centreName(NodeCode node) {
		if (node.equals(this.hub.code())) {
			return this.hub.name();
		}
		return this.directories.stream()
			.map((directory) -> directory.centreName(node))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

	private static String normaliseCheck(String typed) {
		StringBuilder check = new StringBuilder();
		typed.strip().codePoints().forEach((codePoint) -> {
			// full-width digits and letters, as Chinese input methods type them
			int ascii = (codePoint >= 0xFF01 && codePoint <= 0xFF5E) ? codePoint - 0xFEE0 : codePoint;
			check.appendCodePoint((ascii == 'x') ? 'X' : ascii);
		});
		return check.toString();
	}

	private static String clientKey(String client) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("bianmin-public-query:" + client).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private static void waitUntil(long startedNanos, Duration minimum) {
		long remaining = minimum.toNanos() - (System.nanoTime() - startedNanos);
		if (remaining <= 0) {
			return;
		}
		try {
			Thread.sleep(Duration.ofNanos(remaining));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

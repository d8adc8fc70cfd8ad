package org.bianmin.node.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.persistence.CaseQueueQuery;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of cases, scoped to the user as the case page is ({@link CaseDeskService}): a
 * window clerk's queue holds every case of this node, an agent's list only their own.
 */
@Service
public class CaseQueueService {

	private final CaseQueueQuery queue;

	private final CaseRepository cases;

	private final Clock clock;

	public CaseQueueService(CaseQueueQuery queue, CaseRepository cases, Clock clock) {
		this.queue = queue;
		this.cases = cases;
		this.clock = clock;
	}

	/** One page of the cases the user may see. */
	@Transactional(readOnly = true)
	public List<QueueRow> page(StaffPrincipal user, QueueFilter filter, QueueSort sort, boolean descending, int offset,
			int limit) {
		if (!mayList(user)) {
			return List.of();
		}
		return this.queue.page(filter, scope(user), sort, descending, offset, limit, today());
	}

	/** How many cases the user may see pass the filter. */
	@Transactional(readOnly = true)
	public int count(StaffPrincipal user, QueueFilter filter) {
		return mayList(user) ? this.queue.count(filter, scope(user), today()) : 0;
	}

	/** An agent's own cases, each with what the resident must still bring. */
	@Transactional(readOnly = true)
	public List<AgentCaseRow> agentCases(StaffPrincipal agent, int offset, int limit) {
		return page(agent, QueueFilter.NONE, QueueSort.FILED_AT, true, offset, limit).stream()
			.map((row) -> new AgentCaseRow(row,
					this.cases.find(row.id()).map((c) -> c.materialsStillOwed()).orElse(List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<String> villages() {
		return this.queue.villages();
	}

	@Transactional(readOnly = true)
	public List<ItemChoice> items() {
		return this.queue.items();
	}

	private static boolean mayList(StaffPrincipal user) {
		return user.hasRole(Role.WINDOW_CLERK) || user.hasRole(Role.PROXY_AGENT);
	}

	private static @Nullable String scope(StaffPrincipal user) {
		return user.hasRole(Role.WINDOW_CLERK) ? null : user.getUsername();
	}

	private LocalDate today() {
		return ServiceTime.today(this.clock);
	}

}

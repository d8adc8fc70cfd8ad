package org.bianmin.hub.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.bianmin.hub.cases.persistence.CaseListQuery;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.CaseId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's lists of cases as the signed-in user may see them: the user's
 * {@link CaseScope} is put on every filter here, so no screen can forget it.
 */
@Service
public class CaseListService {

	/** Counts stop here: "over 10,000" is all a person needs, and it is never a scan. */
	public static final int COUNT_CAP = 10_000;

	private final CaseListQuery query;

	private final Clock clock;

	CaseListService(CaseListQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CaseRow> page(SignedInUser user, CaseFilter filter, CaseSort sort, boolean descending, int offset,
			int limit) {
		return this.query.page(CaseScope.of(user), filter, sort, descending, offset, limit,
				ServiceTime.today(this.clock));
	}

	/** The number of matching cases, up to {@link #COUNT_CAP} + 1 (meaning "more"). */
	@Transactional(readOnly = true)
	public int count(SignedInUser user, CaseFilter filter) {
		return this.query.count(CaseScope.of(user), filter, ServiceTime.today(this.clock), COUNT_CAP + 1);
	}

	/** Every matching case, in order, streamed (for exports of big lists). */
	@Transactional(readOnly = true)
	public void forEach(SignedInUser user, CaseFilter filter, CaseSort sort, boolean descending,
			Consumer<CaseRow> consumer) {
		this.query.forEach(CaseScope.of(user), filter, sort, descending, ServiceTime.today(this.clock), consumer);
	}

	/**
	 * A case's row, if the user may see the case; a case out of scope is answered like an
	 * unknown one.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseRow> find(SignedInUser user, CaseId id) {
		return this.query.find(CaseScope.of(user), id, ServiceTime.today(this.clock));
	}

	/** The townships that have cases, for filters. */
	@Transactional(readOnly = true)
	public List<String> townships() {
		return this.query.townships();
	}

}

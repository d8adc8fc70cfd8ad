package org.bianmin.node.casework;

import java.util.List;

import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.casework.persistence.CaseSummaryQuery;
import org.bianmin.node.identity.NodeIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of this node's cases, read from the case projection. Read-only: a list never
 * changes a case. Lists are bounded; a full queue pages through here later.
 */
@Service
public class CaseListService {

	/** The most rows one call returns. */
	public static final int MAX_LIMIT = 100;

	private final CaseSummaryQuery summaries;

	private final CaseRepository cases;

	private final NetworkPlace here;

	CaseListService(CaseSummaryQuery summaries, CaseRepository cases, NodeIdentity node) {
		this.summaries = summaries;
		this.cases = cases;
		this.here = node.place();
	}

	/**
	 * The cases this node holds or filed, most recently changed first.
	 * @param limit how many, 1 to {@link #MAX_LIMIT}
	 * @return at most {@code limit} summaries
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> recentlyChanged(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
		}
		return this.summaries.recentlyChanged(this.here, limit);
	}

	/** Whether this node's database holds no case at all yet. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.cases.count() == 0;
	}

}

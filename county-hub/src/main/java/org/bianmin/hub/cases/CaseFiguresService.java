package org.bianmin.hub.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bianmin.hub.cases.persistence.CaseFiguresQuery;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.staff.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's supervision figures (红黄绿, handling time, 好差评), for supervisors only.
 */
@Service
public class CaseFiguresService {

	private final CaseFiguresQuery query;

	private final Clock clock;

	CaseFiguresService(CaseFiguresQuery query, Clock clock) {
		this.query = query;
		this.clock = clock;
	}

	/** The county's today. */
	public LocalDate today() {
		return ServiceTime.today(this.clock);
	}

	@Transactional(readOnly = true)
	public List<OpenCases> openCases(SignedInUser user, Grouping grouping) {
		requireSupervisor(user);
		return this.query.openCases(grouping, today());
	}

	@Transactional(readOnly = true)
	public List<HandlingTime> handlingTime(SignedInUser user, Grouping grouping, LocalDate from, LocalDate to) {
		requireSupervisor(user);
		return this.query.handlingTime(grouping, from, to);
	}

	@Transactional(readOnly = true)
	public List<RatingCounts> ratings(SignedInUser user, RatingDimension dimension, LocalDate from, LocalDate to) {
		requireSupervisor(user);
		return this.query.ratings(dimension, from, to);
	}

	private static void requireSupervisor(SignedInUser user) {
		if (!user.hasRole(Role.SUPERVISOR)) {
			throw new AccessDeniedException("supervision figures are for supervisors");
		}
	}

}

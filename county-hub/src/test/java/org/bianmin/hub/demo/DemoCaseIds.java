package org.bianmin.hub.demo;

import java.util.UUID;

import javax.sql.DataSource;

import org.bianmin.model.cases.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the demo county's cases by their made-up applicant, for tests of the screens that
 * show them. Each test class uses its own applicants, so that tests sharing the demo hub
 * do not change each other's cases.
 */
public final class DemoCaseIds {

	private final JdbcTemplate jdbc;

	public DemoCaseIds(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The applicant's one demo case (or their case of the given item). */
	public CaseId of(String applicant, String itemCode) {
		return CaseId.of(this.jdbc.queryForObject("select id from cases where applicant_name = ? and item_code = ?",
				UUID.class, applicant, itemCode));
	}

	public String status(CaseId id) {
		return this.jdbc.queryForObject("select status from cases where id = ?", String.class, id.value());
	}

}

package org.bianmin.hub.publicsite.persistence;

import java.util.List;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.QueryCode;

/** A case's events found by its query code, for the public progress query. */
public interface PublicCaseQuery {

	/**
	 * The events of the case with this query code, in sequence order.
	 * @return empty when no case has the code
	 */
	List<CaseEvent> eventsOf(QueryCode queryCode);

}

package org.bianmin.hub.review;

import java.util.List;
import java.util.Set;

import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.cases.StoredEvent;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.Case;
import org.jspecify.annotations.Nullable;

/**
 * One case as the county's case page shows it.
 *
 * @param current the case, folded from its events
 * @param row its line in the county's lists (department, township, colour today)
 * @param guide the item's guide (办事指南) from the catalog version the case was filed under,
 * if the hub holds it
 * @param limits the promised and legal limits today, once accepted
 * @param history every event with the hub's receive time, oldest first
 * @param actions what the signed-in user may do now
 */
public record ReviewCase(Case current, CaseRow row, @Nullable ServiceItem guide, Case.@Nullable TimeLimits limits,
		List<StoredEvent> history, Set<ReviewAction.Kind> actions) {

	public ReviewCase {
		history = List.copyOf(history);
		actions = Set.copyOf(actions);
	}

}

package org.bianmin.hub.catalog;

import java.util.List;

import org.bianmin.model.catalog.CatalogConsistency;
import org.bianmin.model.catalog.CatalogProblem;

/**
 * What stands between a draft and publishing.
 *
 * @param problems broken catalog rules: they block publishing
 * @param mismatches 三级四同 differences from the version the nodes hold now (an item whose
 * code stays while its name, type or basis changes): publishing them needs an
 * administrator's explicit confirmation
 */
public record DraftCheck(List<CatalogProblem> problems, List<CatalogConsistency.Mismatch> mismatches) {

	public DraftCheck {
		problems = List.copyOf(problems);
		mismatches = List.copyOf(mismatches);
	}

	public boolean clean() {
		return this.problems.isEmpty() && this.mismatches.isEmpty();
	}

}

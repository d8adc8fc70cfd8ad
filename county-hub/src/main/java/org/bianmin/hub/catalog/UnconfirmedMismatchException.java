package org.bianmin.hub.catalog;

import java.util.List;

import org.bianmin.model.catalog.CatalogConsistency;

/**
 * Publishing was refused because the draft breaks 三级四同 against the version the nodes
 * hold, and nobody confirmed the differences.
 */
public class UnconfirmedMismatchException extends RuntimeException {

	private final transient List<CatalogConsistency.Mismatch> mismatches;

	public UnconfirmedMismatchException(List<CatalogConsistency.Mismatch> mismatches) {
		super(mismatches.size() + " 三级四同 mismatches need confirming before publishing");
		this.mismatches = List.copyOf(mismatches);
	}

	public List<CatalogConsistency.Mismatch> mismatches() {
		return this.mismatches;
	}

}

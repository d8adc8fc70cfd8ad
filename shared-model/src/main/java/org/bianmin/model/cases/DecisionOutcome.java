package org.bianmin.model.cases;

/** The outcome of a decision on an accepted case. */
public enum DecisionOutcome {

	/** 准予/同意. */
	APPROVED,

	/** 不予批准, with reasons. */
	REJECTED

}

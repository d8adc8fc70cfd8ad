package org.bianmin.model.cases;

/** The five levels of the citizens' rating (好差评). */
public enum RatingLevel {

	/** 非常满意. */
	VERY_SATISFIED,

	/** 满意. */
	SATISFIED,

	/** 基本满意. */
	BASICALLY_SATISFIED,

	/** 不满意. */
	DISSATISFIED,

	/** 非常不满意. */
	VERY_DISSATISFIED;

	/** A bad rating (差评) opens a follow-up that a supervisor must close. */
	public boolean isBad() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

}

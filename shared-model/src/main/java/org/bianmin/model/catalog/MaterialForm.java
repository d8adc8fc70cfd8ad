package org.bianmin.model.catalog;

/**
 * In which form a material is handed in.
 */
public enum MaterialForm {

	/** 原件: the original, shown or handed in. */
	ORIGINAL,

	/** 复印件: a copy. */
	COPY

}

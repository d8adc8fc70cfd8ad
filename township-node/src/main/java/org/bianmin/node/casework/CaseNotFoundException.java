package org.bianmin.node.casework;

import org.bianmin.model.cases.CaseId;

/**
 * No such case here, or not one the user may see: the two are answered alike, so a typed
 * URL never tells a user that another village's case exists.
 */
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(CaseId id) {
		super("case not found: " + id);
	}

}

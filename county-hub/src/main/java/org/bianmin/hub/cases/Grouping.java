package org.bianmin.hub.cases;

/** What the dashboard's figures are broken down by. */
public enum Grouping {

	/** The accepting township (乡镇). */
	TOWNSHIP,

	/** The deciding department (审批部门). */
	DEPARTMENT

}

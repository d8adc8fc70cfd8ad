package org.bianmin.hub.cases;

/** What a county list of cases can be sorted by. */
public enum CaseSort {

	FILED_AT, PROMISED_DUE, STATUS, ITEM, TOWNSHIP, APPLICANT, QUERY_CODE, FOLLOW_UP_DUE

}

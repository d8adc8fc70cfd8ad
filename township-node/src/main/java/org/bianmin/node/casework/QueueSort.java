package org.bianmin.node.casework;

/** What the queue can be sorted by. */
public enum QueueSort {

	FILED_AT, PROMISED_DUE, STATUS, ITEM, VILLAGE, APPLICANT, QUERY_CODE

}

package org.bianmin.node.casework;

import java.util.List;

/** A case in an agent's list, with the materials the resident must still bring. */
public record AgentCaseRow(QueueRow row, List<String> stillOwed) {

	public AgentCaseRow {
		stillOwed = List.copyOf(stillOwed);
	}

}

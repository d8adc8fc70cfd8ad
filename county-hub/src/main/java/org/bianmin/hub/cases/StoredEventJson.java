package org.bianmin.hub.cases;

import java.util.Objects;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;

/**
 * A stored event in its wire form (the JSON of the event as the hub stored it), for
 * readers that pass events on without folding them: the sync feed writes the text as it
 * is instead of reading and writing every event again.
 *
 * @param caseId the event's case
 * @param sequence its sequence in the case
 * @param node the node that recorded it
 * @param json the event's JSON
 */
public record StoredEventJson(CaseId caseId, int sequence, NodeCode node, String json) {

	public StoredEventJson {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(json, "json");
	}

}

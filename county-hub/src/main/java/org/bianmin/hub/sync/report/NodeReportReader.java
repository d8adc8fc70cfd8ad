package org.bianmin.hub.sync.report;

import java.util.Map;

import org.bianmin.hub.sync.auth.SyncBodyReader;
import org.bianmin.hub.sync.auth.SyncRefusalException;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a node's report (check 10): a NodeReport naming the signer. */
@Component
class NodeReportReader implements SyncBodyReader {

	private final JsonMapper json;

	NodeReportReader(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean reads(String method, String path) {
		return method.equals("POST") && path.equals(SyncProtocol.REPORT_PATH);
	}

	@Override
	public Object read(NodeCode signer, String path, Map<String, String> query, byte[] body) {
		NodeReport report;
		try {
			report = this.json.readValue(body, NodeReport.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new SyncRefusalException(SyncRefusal.MALFORMED_BODY, "the body is not a node report");
		}
		if (report.protocolVersion() != SyncProtocol.VERSION) {
			throw new SyncRefusalException(SyncRefusal.MALFORMED_BODY,
					"protocolVersion must be " + SyncProtocol.VERSION);
		}
		if (!report.node().equals(signer)) {
			throw new SyncRefusalException(SyncRefusal.MALFORMED_BODY,
					"the report names node " + report.node() + ", but " + signer + " signed it");
		}
		return report;
	}

}

package org.bianmin.hub.sync.report;

import jakarta.servlet.http.HttpServletRequest;
import org.bianmin.hub.sync.SyncNodeService;
import org.bianmin.hub.sync.SyncSettings;
import org.bianmin.hub.sync.auth.VerifiedRequest;
import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.NodeReportAnswer;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sync/v1/report}: keeps the node's figures and answers with its clock skew
 * as measured from this very request, and whether that is beyond the bound.
 */
@RestController
class ReportController {

	private final SyncNodeService nodes;

	private final SyncSettings settings;

	ReportController(SyncNodeService nodes, SyncSettings settings) {
		this.nodes = nodes;
		this.settings = settings;
	}

	@PostMapping(path = SyncProtocol.REPORT_PATH, produces = SyncProtocol.MEDIA_TYPE)
	NodeReportAnswer report(HttpServletRequest request) {
		VerifiedRequest verified = VerifiedRequest.of(request);
		this.nodes.recordReport(verified.body(NodeReport.class));
		return new NodeReportAnswer(verified.hubTime(), verified.clockSkewMillis(),
				this.settings.isFlagged(verified.clockSkewMillis()));
	}

}

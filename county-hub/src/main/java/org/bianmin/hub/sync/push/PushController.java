package org.bianmin.hub.sync.push;

import jakarta.servlet.http.HttpServletRequest;
import org.bianmin.hub.sync.auth.VerifiedRequest;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sync/v1/push}: the batch was verified and read by the sync filter; the
 * answer has one ack per event, in the batch's order.
 */
@RestController
class PushController {

	private final PushService push;

	PushController(PushService push) {
		this.push = push;
	}

	@PostMapping(path = SyncProtocol.PUSH_PATH, produces = SyncProtocol.MEDIA_TYPE)
	PushAck push(HttpServletRequest request) {
		return this.push.push(VerifiedRequest.of(request).body(ReceivedBatch.class));
	}

}

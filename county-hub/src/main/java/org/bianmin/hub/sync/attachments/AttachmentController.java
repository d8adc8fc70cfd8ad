package org.bianmin.hub.sync.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bianmin.hub.sync.auth.VerifiedRequest;
import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attachment endpoints of docs/sync-protocol.md 9: state, chunk upload, and download
 * with {@code Range}.
 */
@RestController
class AttachmentController {

	private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

	private final AttachmentService attachments;

	AttachmentController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@GetMapping(path = SyncProtocol.ATTACHMENTS_PATH + "/{sha256}/state", produces = SyncProtocol.MEDIA_TYPE)
	ResponseEntity<AttachmentState> state(HttpServletRequest request) {
		String sha256 = VerifiedRequest.of(request).body(String.class);
		return this.attachments.state(sha256)
			.filter((state) -> state.received() > 0 || state.complete())
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(404).body(new AttachmentState(sha256, 0, 0, false)));
	}

	@PutMapping(path = SyncProtocol.ATTACHMENTS_PATH + "/{sha256}", produces = SyncProtocol.MEDIA_TYPE)
	AttachmentState put(HttpServletRequest request) {
		VerifiedRequest verified = VerifiedRequest.of(request);
		AttachmentService.Result result = this.attachments.put(verified.node(),
				verified.body(AttachmentService.Chunk.class));
		if (result.refusal() != null) {
			throw result.refusal();
		}
		return result.state();
	}

	@GetMapping(SyncProtocol.ATTACHMENTS_PATH + "/{sha256}")
	void content(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String sha256 = VerifiedRequest.of(request).body(String.class);
		AttachmentState state = this.attachments.state(sha256).filter(AttachmentState::complete).orElse(null);
		if (state == null) {
			response.sendError(404);
			return;
		}
		long from = 0;
		long to = state.size();
		String range = request.getHeader("Range");
		Matcher matcher = (range != null) ? RANGE.matcher(range.strip()) : null;
		if (matcher != null && matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
			if (matcher.group(1).isEmpty()) {
				from = Math.max(0, state.size() - Long.parseLong(matcher.group(2)));
			}
			else {
				from = Long.parseLong(matcher.group(1));
				if (!matcher.group(2).isEmpty()) {
					to = Math.min(state.size(), Long.parseLong(matcher.group(2)) + 1);
				}
			}
			if (from >= state.size() || from >= to) {
				response.setHeader("Content-Range", "bytes */" + state.size());
				response.sendError(416);
				return;
			}
			response.setStatus(206);
			response.setHeader("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + state.size());
		}
		response.setHeader("Accept-Ranges", "bytes");
		response.setContentType("application/octet-stream");
		response.setContentLengthLong(to - from);
		OutputStream out = response.getOutputStream();
		this.attachments.read(sha256, from, to, (bytes) -> {
			try {
				out.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

}

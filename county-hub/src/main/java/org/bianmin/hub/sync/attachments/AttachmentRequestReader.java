package org.bianmin.hub.sync.attachments;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bianmin.hub.sync.auth.SyncBodyReader;
import org.bianmin.hub.sync.auth.SyncRefusalException;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.springframework.stereotype.Component;

/**
 * Reads attachment requests (check 10): a chunk upload's name, size and offset, and the
 * name of a state or content request. A chunk is at most 1 MiB as sent and inflated; an
 * attachment at most 20 MiB.
 */
@Component
class AttachmentRequestReader implements SyncBodyReader {

	private static final Pattern PATH = Pattern
		.compile(Pattern.quote(SyncProtocol.ATTACHMENTS_PATH) + "/([^/]+)(/state)?");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	@Override
	public boolean reads(String method, String path) {
		Matcher matcher = PATH.matcher(path);
		if (!matcher.matches()) {
			return false;
		}
		return method.equals("GET") || (method.equals("PUT") && matcher.group(2) == null);
	}

	@Override
	public long maxBodyBytes() {
		return SyncProtocol.MAX_CHUNK_BYTES;
	}

	@Override
	public long maxInflatedBytes() {
		return SyncProtocol.MAX_CHUNK_BYTES;
	}

	@Override
	public void checkDeclaredSize(Map<String, String> query) {
		String size = query.get("size");
		if (size != null && size.matches("\\d{1,18}") && Long.parseLong(size) > SyncProtocol.MAX_ATTACHMENT_BYTES) {
			throw new SyncRefusalException(SyncRefusal.BODY_TOO_LARGE,
					"an attachment is at most " + SyncProtocol.MAX_ATTACHMENT_BYTES + " bytes");
		}
	}

	@Override
	public Object read(NodeCode signer, String path, Map<String, String> query, byte[] body) {
		Matcher matcher = PATH.matcher(path);
		if (!matcher.matches() || !SHA256.matcher(matcher.group(1)).matches()) {
			throw malformed("an attachment is named by its SHA-256 in 64 lower-case hex digits");
		}
		String sha256 = matcher.group(1);
		if (matcher.group(2) != null || query.get("size") == null) {
			return sha256;
		}
		long size = number(query, "size");
		long offset = number(query, "offset");
		if (offset + body.length > size) {
			throw malformed("the chunk ends after the attachment's size");
		}
		return new AttachmentService.Chunk(sha256, size, offset, body);
	}

	private static long number(Map<String, String> query, String name) {
		String value = query.get(name);
		if (value == null || !value.matches("\\d{1,18}")) {
			throw malformed("query parameter " + name + " must be a number of bytes");
		}
		return Long.parseLong(value);
	}

	private static SyncRefusalException malformed(String detail) {
		return new SyncRefusalException(SyncRefusal.MALFORMED_BODY, detail);
	}

}

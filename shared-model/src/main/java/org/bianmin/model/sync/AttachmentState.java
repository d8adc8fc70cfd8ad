package org.bianmin.model.sync;

import java.util.Objects;

/**
 * How much of an attachment the hub holds: a node resumes an upload at {@code received}.
 *
 * @param sha256 the content's SHA-256, 64 lower-case hex digits: the attachment's name
 * @param size the whole content's length in bytes
 * @param received how many bytes from the start the hub holds
 * @param complete whether the hub holds all of it and has verified the hash
 */
public record AttachmentState(String sha256, long size, long received, boolean complete) {

	public AttachmentState {
		Objects.requireNonNull(sha256, "sha256");
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("an attachment is named by its SHA-256 in lower-case hex");
		}
		if (size < 0 || received < 0 || received > size) {
			throw new IllegalArgumentException("received must lie within 0.." + size + ": " + received);
		}
	}

}

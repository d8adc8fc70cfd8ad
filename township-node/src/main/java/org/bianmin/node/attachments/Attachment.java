package org.bianmin.node.attachments;

import java.util.Objects;

/**
 * An attachment as the node knows it.
 *
 * @param sha256 the content's SHA-256 (its name), 64 lower-case hex digits
 * @param size the content's length in bytes
 * @param mediaType the content's media type
 * @param fileName the name it was uploaded under
 * @param status what the node knows of it
 */
public record Attachment(String sha256, long size, String mediaType, String fileName, AttachmentStatus status) {

	public Attachment {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(status, "status");
	}

	public boolean isImage() {
		return this.mediaType.startsWith("image/");
	}

}

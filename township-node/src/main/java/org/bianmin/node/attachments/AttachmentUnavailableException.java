package org.bianmin.node.attachments;

/**
 * Content the node does not hold and cannot fetch now (the hub unreachable, or the hub's
 * bytes do not hash to the name).
 */
public class AttachmentUnavailableException extends RuntimeException {

	public AttachmentUnavailableException(String sha256, Throwable cause) {
		super("attachment " + sha256 + " is not held here and cannot be fetched now: " + cause.getMessage(), cause);
	}

	public AttachmentUnavailableException(String sha256) {
		super("attachment " + sha256 + " is unknown here");
	}

}

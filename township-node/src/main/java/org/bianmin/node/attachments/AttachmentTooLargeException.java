package org.bianmin.node.attachments;

/** A file over {@link AttachmentService#MAX_SIZE}. */
public class AttachmentTooLargeException extends RuntimeException {

	public AttachmentTooLargeException(long max) {
		super("an attachment may have at most " + max + " bytes");
	}

}

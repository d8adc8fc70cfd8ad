package org.bianmin.node.attachments;

/** What the node knows of an attachment. */
public enum AttachmentStatus {

	/** The content is here and waits to be uploaded to the hub. */
	PENDING,

	/** The content is here and complete at the hub. */
	UPLOADED,

	/** A pulled event names it; the content is at the hub, not fetched yet. */
	REMOTE

}

package org.bianmin.node.attachments;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where content this node does not hold can be fetched from: the hub. Implemented by the
 * sync feature, so that this feature needs no HTTP and depends on no sync code.
 */
public interface AttachmentSource {

	/**
	 * Writes the content named {@code sha256} to {@code out}.
	 * @throws IOException if it cannot be fetched now (e.g. the hub is unreachable)
	 */
	void fetch(String sha256, OutputStream out) throws IOException;

}

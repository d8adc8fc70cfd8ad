package org.bianmin.node.sync;

import java.io.IOException;
import java.io.OutputStream;

import org.bianmin.node.attachments.AttachmentSource;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.client.HubRefusedException;
import org.bianmin.node.sync.client.HubUnavailableException;

/**
 * Scans this node lacks come from the hub ({@code GET /sync/v1/attachments/<sha256>}).
 */
class HubAttachmentSource implements AttachmentSource {

	private final HubClient hub;

	private final HubConnection connection;

	HubAttachmentSource(HubClient hub, HubConnection connection) {
		this.hub = hub;
		this.connection = connection;
	}

	@Override
	public void fetch(String sha256, OutputStream out) throws IOException {
		if (!this.connection.isConfigured()) {
			throw new IOException("sync with the hub is not set up (bianmin.hub.secret)");
		}
		try {
			this.hub.download(sha256, out);
		}
		catch (HubUnavailableException | HubRefusedException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

}

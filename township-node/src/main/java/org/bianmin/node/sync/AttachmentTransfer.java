package org.bianmin.node.sync;

import java.util.List;
import java.util.Optional;

import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.SyncRefusal;
import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentStatus;
import org.bianmin.node.attachments.AttachmentUnavailableException;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.client.HubRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves scans between the node and the hub (docs/sync-protocol.md section 9). An upload
 * asks the hub how much it holds and sends the rest in chunks from there: a cut costs at
 * most the chunk in flight, never the whole file. Downloads of scans that arrived with
 * pulled cases run after the push, as far as the link allows; the case page fetches one
 * at once when someone opens it.
 */
class AttachmentTransfer {

	private static final Logger log = LoggerFactory.getLogger(AttachmentTransfer.class);

	/** A hub that keeps answering WRONG_OFFSET is not making progress. */
	private static final int MAX_OFFSET_CORRECTIONS = 5;

	private static final int BATCH = 200;

	private final HubClient hub;

	private final AttachmentService attachments;

	private final int chunkSize;

	AttachmentTransfer(HubClient hub, AttachmentService attachments, int chunkSize) {
		this.hub = hub;
		this.attachments = attachments;
		this.chunkSize = chunkSize;
	}

	/**
	 * Uploads every waiting scan.
	 * @return scans uploaded
	 */
	int uploadPending(SyncProgress.Tracker progress) {
		progress.start(SyncProgress.Phase.UPLOAD, this.attachments.count(AttachmentStatus.PENDING));
		int uploaded = 0;
		while (true) {
			List<Attachment> pending = this.attachments.inStatus(AttachmentStatus.PENDING, BATCH);
			if (pending.isEmpty()) {
				return uploaded;
			}
			for (Attachment attachment : pending) {
				upload(attachment);
				uploaded++;
				progress.advance(1);
			}
		}
	}

	/**
	 * Uploads one scan now if it still waits (before the push of the event naming it).
	 */
	void uploadIfPending(String sha256) {
		this.attachments.find(sha256)
			.filter((attachment) -> attachment.status() == AttachmentStatus.PENDING)
			.ifPresent(this::upload);
	}

	void upload(Attachment attachment) {
		String sha256 = attachment.sha256();
		long size = attachment.size();
		Optional<AttachmentState> state = this.hub.attachmentState(sha256);
		if (state.isPresent() && state.get().complete()) {
			this.attachments.markUploaded(sha256);
			return;
		}
		long received = state.map(AttachmentState::received).orElse(0L);
		int corrections = 0;
		boolean complete = false;
		while (!complete && received < size) {
			byte[] chunk = this.attachments.read(sha256, received, (int) Math.min(this.chunkSize, size - received));
			try {
				AttachmentState answer = this.hub.putChunk(sha256, size, received, chunk);
				if (answer.received() <= received && !answer.complete()) {
					throw new IllegalStateException("the hub took no byte of chunk " + received + " of " + sha256);
				}
				received = answer.received();
				complete = answer.complete();
			}
			catch (HubRefusedException ex) {
				if (!ex.is(SyncRefusal.WRONG_OFFSET) || ++corrections > MAX_OFFSET_CORRECTIONS) {
					throw ex;
				}
				// another run, or a cut after the hub's commit: go on from what the hub
				// holds
				received = this.hub.attachmentState(sha256).map(AttachmentState::received).orElse(0L);
			}
		}
		if (!complete && !this.hub.attachmentState(sha256).map(AttachmentState::complete).orElse(false)) {
			throw new IllegalStateException("the hub did not confirm " + sha256 + " complete");
		}
		this.attachments.markUploaded(sha256);
		log.info("Uploaded scan {} ({} bytes)", sha256, size);
	}

	/**
	 * Fetches scans named by pulled events that the node does not hold yet, as far as it
	 * goes; one that fails waits for the next run or for someone to open it.
	 * @return scans fetched
	 */
	int downloadRemote() {
		int fetched = 0;
		for (Attachment attachment : this.attachments.inStatus(AttachmentStatus.REMOTE, BATCH)) {
			try {
				this.attachments.fetch(attachment.sha256());
				fetched++;
			}
			catch (AttachmentUnavailableException ex) {
				log.info("Scan {} not fetched now: {}", attachment.sha256(), ex.getMessage());
				return fetched;
			}
		}
		return fetched;
	}

}

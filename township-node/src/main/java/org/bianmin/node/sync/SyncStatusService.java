package org.bianmin.node.sync;

import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentStatus;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.bianmin.node.sync.persistence.SyncProblemRepository;
import org.bianmin.node.sync.persistence.SyncState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.springframework.transaction.annotation.Transactional;

/** Sync's state for the screens: the status bar on every page and the sync page. */
public class SyncStatusService {

	private final HubConnection connection;

	private final SyncStateRepository states;

	private final OutboxRepository outbox;

	private final SyncProblemRepository problems;

	private final AttachmentService attachments;

	private final SyncRunner runner;

	private final ClockOffset clock;

	SyncStatusService(HubConnection connection, SyncStateRepository states, OutboxRepository outbox,
			SyncProblemRepository problems, AttachmentService attachments, SyncRunner runner, ClockOffset clock) {
		this.connection = connection;
		this.states = states;
		this.outbox = outbox;
		this.problems = problems;
		this.attachments = attachments;
		this.runner = runner;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SyncStatus status() {
		SyncState state = this.states.get();
		return new SyncStatus(connectivity(state), state.lastSuccessAt(), state.lastAttemptAt(),
				this.outbox.count(OutboxState.PENDING), this.attachments.count(AttachmentStatus.PENDING),
				this.outbox.count(OutboxState.REJECTED), this.problems.count(), this.runner.progress(),
				state.lastErrorCode(), state.lastErrorDetail(), this.clock.latest(), state.nextAttemptAt(),
				state.cursor(), state.rebuilding());
	}

	private SyncStatus.Connectivity connectivity(SyncState state) {
		if (!this.connection.isConfigured()) {
			return SyncStatus.Connectivity.NOT_CONFIGURED;
		}
		if (state.lastErrorCode() == null) {
			return (state.lastSuccessAt() != null) ? SyncStatus.Connectivity.ONLINE
					: SyncStatus.Connectivity.NEVER_SYNCED;
		}
		return SyncRunner.OFFLINE.equals(state.lastErrorCode()) ? SyncStatus.Connectivity.OFFLINE
				: SyncStatus.Connectivity.ERROR;
	}

}

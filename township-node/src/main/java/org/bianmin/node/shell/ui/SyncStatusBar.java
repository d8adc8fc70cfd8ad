package org.bianmin.node.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import org.bianmin.node.sync.SyncProgress;
import org.bianmin.node.sync.SyncStatus;
import org.bianmin.node.sync.SyncStatusService;
import org.bianmin.node.sync.SyncTexts;
import org.jspecify.annotations.Nullable;

/**
 * Sync at a glance, in the header of every screen: online or offline, the last successful
 * sync, what waits to be uploaded, progress while a run goes, the last error in plain
 * Chinese and the clock flag. It follows a running sync by polling the server (no custom
 * frontend, so it works with Vaadin's prebuilt bundle: docs/adr/0019); a click opens the
 * sync page.
 */
class SyncStatusBar extends Composite<HorizontalLayout> {

	/** Often enough that a run's progress moves visibly, rarely enough for an old PC. */
	static final int POLL_MILLIS = 3000;

	private final SyncStatusService sync;

	private final Span state = new Span();

	private final Span lastSuccess = new Span();

	private final Span waiting = new Span();

	private final Span progress = new Span();

	private final Span error = new Span();

	private final Span clock = new Span();

	private @Nullable Registration polling;

	SyncStatusBar(SyncStatusService sync) {
		this.sync = sync;
		HorizontalLayout bar = getContent();
		bar.setId("sync-status");
		bar.addClassName("bianmin-sync-status");
		bar.setAlignItems(FlexComponent.Alignment.CENTER);
		bar.setSpacing(false);
		this.state.setId("sync-state");
		this.lastSuccess.setId("sync-last-success");
		this.waiting.setId("sync-waiting");
		this.progress.setId("sync-progress");
		this.error.setId("sync-error");
		this.error.addClassName("bianmin-sync-error");
		this.clock.setId("sync-clock");
		this.clock.addClassName("bianmin-sync-clock");
		Anchor link = new Anchor("sync", this.state);
		link.setId("sync-link");
		bar.add(link, this.lastSuccess, this.waiting, this.progress, this.error, this.clock);
		refresh();
	}

	/** Reads the state again and shows it. */
	void refresh() {
		SyncStatus status = this.sync.status();
		this.state.setText(getTranslation(SyncTexts.connectivityKey(status.connectivity())));
		this.state.getElement().setAttribute("data-connectivity", status.connectivity().name());
		this.lastSuccess.setText((status.lastSuccessAt() != null)
				? getTranslation("sync.bar.last-success", SyncTexts.when(status.lastSuccessAt()))
				: getTranslation("sync.bar.never"));
		this.waiting.setText(getTranslation("sync.bar.waiting", status.pendingEvents(), status.pendingFiles()));
		this.waiting.setVisible(status.pendingEvents() > 0 || status.pendingFiles() > 0);
		SyncProgress running = status.progress();
		this.progress.setVisible(running != null);
		if (running != null) {
			String phase = getTranslation(SyncTexts.phaseKey(running.phase()));
			this.progress.setText((running.total() > 0)
					? getTranslation("sync.bar.running-count", phase, running.done(), running.total())
					: getTranslation("sync.bar.running", phase));
		}
		String lastError = SyncTexts.lastError(status, this::getTranslation);
		this.error.setVisible(lastError != null);
		this.error.setText((lastError != null) ? lastError : "");
		boolean flagged = status.clock().flagged();
		this.clock.setVisible(flagged);
		this.clock.setText(flagged ? getTranslation("sync.bar.clock",
				SyncTexts.offset(status.clock().offsetMillis(), this::getTranslation)) : "");
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		ui.setPollInterval(POLL_MILLIS);
		this.polling = ui.addPollListener((poll) -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.polling != null) {
			this.polling.remove();
			this.polling = null;
		}
		detachEvent.getUI().setPollInterval(-1);
	}

}

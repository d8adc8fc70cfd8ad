package org.bianmin.node.sync.ui;

/** The route of the sync page, for links from other features. */
public final class SyncNavigation {

	public static final String SYNC = "sync";

	private SyncNavigation() {
	}

}

package org.bianmin.hub.sync;

import java.util.List;

/**
 * A registry change an administrator asked for that cannot be made; the message key's
 * text (vaadin-i18n/sync*.properties) tells them why, in their language.
 */
public class NodeRegistryException extends RuntimeException {

	private final String messageKey;

	private final List<String> args;

	public NodeRegistryException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<String> args() {
		return this.args;
	}

}

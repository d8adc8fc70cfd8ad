package org.bianmin.hub.sync;

import java.util.List;

/**
 * A resolution a person asked for that cannot be made: a message key (the sync screens'
 * or, when a case rule refuses an accepted change, the domain's) with its arguments, so
 * the screen tells them why in their language. Thrown inside the resolution's
 * transaction, so nothing of it is kept.
 */
public class IncidentResolutionException extends RuntimeException {

	private final String messageKey;

	private final List<String> args;

	public IncidentResolutionException(String messageKey, List<String> args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = List.copyOf(args);
	}

	public IncidentResolutionException(String messageKey, Object... args) {
		this(messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<String> args() {
		return this.args;
	}

}

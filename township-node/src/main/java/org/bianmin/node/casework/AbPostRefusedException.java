package org.bianmin.node.casework;

/**
 * An A/B post that cannot be named, with the message key (feature casework) saying why.
 */
public class AbPostRefusedException extends RuntimeException {

	private final String key;

	public AbPostRefusedException(String key) {
		super(key, null, false, false);
		this.key = key;
	}

	public String key() {
		return this.key;
	}

}

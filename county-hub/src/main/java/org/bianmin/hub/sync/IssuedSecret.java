package org.bianmin.hub.sync;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import org.bianmin.model.node.NodeCode;

/**
 * A node secret as issued: shown to the administrator once, then only its holder knows it
 * (docs/sync-protocol.md 3.1).
 *
 * @param node the node it belongs to
 * @param secret 43 characters of URL-safe Base64: 32 random bytes
 */
public record IssuedSecret(NodeCode node, String secret) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public IssuedSecret {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(secret, "secret");
	}

	/** 32 random bytes as URL-safe Base64 without padding. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		// never into a log
		return "IssuedSecret[" + this.node + "]";
	}

}

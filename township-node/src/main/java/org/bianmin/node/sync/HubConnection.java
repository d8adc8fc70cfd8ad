package org.bianmin.node.sync;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the county hub ({@code bianmin.hub.*}, docs/sync-protocol.md section 2).
 * Checked when the node starts, so that a node configured to send residents' data in
 * clear text over a network never starts: plain {@code http://} is allowed only to a
 * loopback host (the demo).
 *
 * @param url the hub's base URL, e.g. {@code https://hub.example.gov.cn:8443/}
 * @param secret the node's secret as the hub's administrator issued it at registration;
 * without it the node works offline and says that sync is not set up
 * @param trustAnchor a PEM file with the CA certificate (or the hub's own certificate)
 * the hub's TLS certificate must chain to; the JVM's trust store when not set
 */
@ConfigurationProperties("bianmin.hub")
public record HubConnection(URI url, @Nullable String secret, @Nullable Path trustAnchor) {

	public HubConnection {
		if (url == null) {
			throw new IllegalArgumentException("bianmin.hub.url is not set: set it to the county hub's base URL");
		}
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw new IllegalArgumentException("bianmin.hub.url must be an http or https URL, but is " + url);
		}
		if (url.getHost() == null) {
			throw new IllegalArgumentException("bianmin.hub.url has no host: " + url);
		}
		if ("http".equals(scheme) && !isLoopback(url.getHost())) {
			throw new IllegalArgumentException("bianmin.hub.url is plain http to " + url.getHost()
					+ ", which is not this computer: sync carries residents' data and must use https to any other"
					+ " host. Set bianmin.hub.url to the hub's https:// address (and bianmin.hub.trust-anchor to its"
					+ " CA certificate), see docs/operations.md");
		}
		if (secret != null && secret.isBlank()) {
			secret = null;
		}
		if (trustAnchor != null && !"https".equals(scheme)) {
			throw new IllegalArgumentException(
					"bianmin.hub.trust-anchor is set, but bianmin.hub.url is not https: " + url);
		}
	}

	/** Whether sync can run at all: a secret is configured. */
	public boolean isConfigured() {
		return this.secret != null;
	}

	@Override
	public String toString() {
		// the secret never reaches a log
		return "HubConnection[url=" + this.url + ", secret=" + ((this.secret != null) ? "(set)" : "(not set)")
				+ ", trustAnchor=" + this.trustAnchor + "]";
	}

	/**
	 * localhost, 127.0.0.0/8 and ::1 only: a name is resolved without DNS only when it is
	 * an address literal, so a host name other than localhost never counts as loopback.
	 */
	static boolean isLoopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if ("localhost".equalsIgnoreCase(bare)) {
			return true;
		}
		if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
			return false;
		}
		try {
			return InetAddress.ofLiteral(bare).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

package org.bianmin.node.sync;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the county hub ({@code bianmin.hub.*}). Bound already so that a node's
 * configuration is complete from the start; the sync client will use it.
 *
 * @param url the hub's base URL, e.g. {@code http://localhost:8080/}
 */
@ConfigurationProperties("bianmin.hub")
public record HubConnection(URI url) {

	public HubConnection {
		if (url == null) {
			throw new IllegalArgumentException("bianmin.hub.url is not set: set it to the county hub's base URL");
		}
		if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
			throw new IllegalArgumentException("bianmin.hub.url must be an http or https URL, but is " + url);
		}
	}

}

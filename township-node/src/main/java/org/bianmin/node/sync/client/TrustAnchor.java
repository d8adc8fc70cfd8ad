package org.bianmin.node.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * The TLS context the node trusts the hub with: only the certificates of the configured
 * PEM file ({@code bianmin.hub.trust-anchor}: the county's CA, or the hub's own
 * certificate), or the JVM's trust store when none is configured.
 */
final class TrustAnchor {

	private TrustAnchor() {
	}

	static SSLContext sslContext(@Nullable Path pemFile) {
		try {
			if (pemFile == null) {
				return SSLContext.getDefault();
			}
			KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
			anchors.load(null, null);
			Collection<? extends Certificate> certificates;
			try (InputStream in = Files.newInputStream(pemFile)) {
				certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
			}
			if (certificates.isEmpty()) {
				throw new IllegalStateException("bianmin.hub.trust-anchor " + pemFile + " holds no certificate");
			}
			int i = 0;
			for (Certificate certificate : certificates) {
				anchors.setCertificateEntry("anchor-" + i++, certificate);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(anchors);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read bianmin.hub.trust-anchor " + pemFile + ": " + ex.getMessage(),
					ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"bianmin.hub.trust-anchor " + pemFile + " is not a PEM certificate file: " + ex.getMessage(), ex);
		}
	}

}

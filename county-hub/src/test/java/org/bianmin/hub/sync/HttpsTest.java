package org.bianmin.hub.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.SyncProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub serves HTTPS once the operator configures an SSL bundle (docs/operations.md).
 * The certificate is made here, at test time, with the JDK's keytool, and never
 * committed.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpsTest {

	private static final String PASSWORD = "test-only-" + UUID.randomUUID();

	private static final Path KEYSTORE = Path.of("target", "tls", "hub-" + UUID.randomUUID() + ".p12").toAbsolutePath();

	@LocalServerPort
	int port;

	@Autowired
	SyncNodeService registry;

	@Autowired
	JsonMapper json;

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry properties) throws Exception {
		makeCertificate();
		properties.add("server.ssl.bundle", () -> "hub");
		properties.add("spring.ssl.bundle.jks.hub.keystore.location", () -> KEYSTORE.toUri().toString());
		properties.add("spring.ssl.bundle.jks.hub.keystore.password", () -> PASSWORD);
		properties.add("spring.ssl.bundle.jks.hub.keystore.type", () -> "PKCS12");
	}

	@Test
	void answers_a_signed_request_over_https() throws Exception {
		var code = SyncEndpointTest.randomCode("S");
		IssuedSecret secret = this.registry.register(new NodeRegistration(code, NodeLevel.TOWNSHIP, null, "安全镇"));
		SignedClient client = new SignedClient("https://localhost:" + this.port, code, secret.secret(), this.json,
				trusting());

		SignedClient.Response response = client.feedResponse(0, 10, 0, false);

		assertThat(response.status).isEqualTo(200);
		assertThat(response.header(SyncProtocol.HUB_TIME_HEADER)).isNotNull();
		assertThat(response.ok(PullPage.class).resync()).isNull();
	}

	private static void makeCertificate() throws IOException, InterruptedException {
		if (Files.exists(KEYSTORE)) {
			return;
		}
		Files.createDirectories(KEYSTORE.getParent());
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "hub", "-keyalg", "EC",
				"-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", KEYSTORE.toString(), "-storepass", PASSWORD,
				"-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
	}

	// the node's trust anchor: the hub's own certificate
	private static SSLContext trusting() throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(KEYSTORE)) {
			store.load(in, PASSWORD.toCharArray());
		}
		KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
		anchors.load(null, null);
		anchors.setCertificateEntry("hub", store.getCertificate("hub"));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(anchors);
		SSLContext ssl = SSLContext.getInstance("TLS");
		ssl.init(null, trust.getTrustManagers(), null);
		return ssl;
	}

}

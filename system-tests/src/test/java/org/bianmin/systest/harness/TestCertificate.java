package org.bianmin.systest.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway TLS certificate for the hub, made at test time with the JDK's
 * {@code keytool} and never committed: a self-signed RSA key pair for
 * {@code CN=localhost} with the subject alternative names {@code dns:localhost} and
 * {@code ip:127.0.0.1}, in a PKCS#12 key store the hub serves with
 * ({@code server.ssl.*}), and the certificate alone as PEM, the node's trust anchor
 * ({@code bianmin.hub.trust-anchor}).
 *
 * @param keyStore the PKCS#12 file with the key and the certificate
 * @param password the key store's password (random)
 * @param pem the certificate in PEM form
 */
public record TestCertificate(Path keyStore, String password, Path pem) {

	public static final String ALIAS = "hub";

	/** Makes a new key pair and certificate in {@code dir}. */
	public static TestCertificate create(Path dir) {
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		String password = HexFormat.of().formatHex(random);
		Path keyStore = dir.resolve("hub-tls.p12");
		Path pem = dir.resolve("hub-tls.pem");
		try {
			Files.createDirectories(dir);
			Files.deleteIfExists(keyStore);
			Files.deleteIfExists(pem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		keytool(dir, "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "7", "-dname",
				"CN=localhost, O=Bianmin system tests (throwaway)", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
				"-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password);
		keytool(dir, "-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keyStore.toString(), "-storetype", "PKCS12",
				"-storepass", password, "-file", pem.toString());
		return new TestCertificate(keyStore, password, pem);
	}

	private static void keytool(Path dir, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(arguments));
		try {
			Process keytool = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
			String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
				throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The Spring Boot arguments that make an app serve HTTPS with this certificate. */
	public List<String> serverArguments() {
		return List.of("--server.ssl.enabled=true", "--server.ssl.key-store=" + this.keyStore,
				"--server.ssl.key-store-type=PKCS12", "--server.ssl.key-store-password=" + this.password,
				"--server.ssl.key-alias=" + ALIAS);
	}

	/** A TLS context trusting this certificate only, for the tests' own HTTPS calls. */
	public SSLContext trustingContext() {
		try (InputStream in = Files.newInputStream(this.pem)) {
			Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
			KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
			trust.load(null, null);
			trust.setCertificateEntry(ALIAS, certificate);
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trust);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

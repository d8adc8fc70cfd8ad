package org.bianmin.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports on the loopback interface, each handed out once per test JVM. A port is
 * chosen before the process starts (and kept across its restarts), because the nodes'
 * configuration names the hub's port. Another program could take a port between the
 * choice and the start; on a test machine that is rare and shows as a failed start.
 */
public final class FreePorts {

	private static final Set<Integer> GIVEN = new HashSet<>();

	private FreePorts() {
	}

	public static synchronized int next() {
		for (int attempt = 0; attempt < 50; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				int port = socket.getLocalPort();
				if (GIVEN.add(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("No free port after 50 attempts");
	}

}

package org.bianmin.systest.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy between a node and the hub on loopback that passes bytes through unchanged
 * (TLS included: it never sees the plain text) and, when armed, cuts the link after a
 * chosen number of bytes in one direction: it forwards exactly that many bytes counted
 * from the moment it was armed, then resets both sockets (SO_LINGER 0, so the peers see a
 * reset, not an orderly end). A cut fires once; {@link #cuts()} says what it cut. It also
 * counts every byte it forwards, the figure for "bytes per event on the wire", and can
 * refuse connections, like a hub that is down.
 */
public final class CuttingProxy implements AutoCloseable {

	/** Which way bytes flow. */
	public enum Direction {

		/** From the node to the hub: requests. */
		TO_HUB,

		/** From the hub to the node: answers. */
		TO_NODE

	}

	/**
	 * A cut that happened: the direction, the connection's number, and its byte counts.
	 */
	public record Cut(Direction direction, long afterBytes, int connection, long connectionBytesToHub,
			long connectionBytesToNode) {

	}

	private record Armed(Direction direction, long afterBytes, AtomicLong counted) {

	}

	private record Mark(Direction direction, long afterBytes, AtomicLong counted, CompletableFuture<Long> reached) {

	}

	private final ServerSocket server;

	private final int targetPort;

	private final AtomicReference<@Nullable Armed> armed = new AtomicReference<>();

	private final List<Cut> cuts = new CopyOnWriteArrayList<>();

	private final AtomicReference<@Nullable Mark> mark = new AtomicReference<>();

	private final AtomicLong toHub = new AtomicLong();

	private final AtomicLong toNode = new AtomicLong();

	private final AtomicLong connections = new AtomicLong();

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean refusing;

	private volatile boolean closed;

	/** Listens on a free loopback port and forwards to {@code 127.0.0.1:targetPort}. */
	public CuttingProxy(int targetPort) {
		this.targetPort = targetPort;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().name("proxy-accept-" + port()).start(this::accept);
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Cuts the link once the given number of bytes has gone in the direction, counted
	 * from now over all connections; replaces a cut armed before.
	 */
	public void cutAfter(Direction direction, long bytes) {
		this.armed.set(new Armed(direction, bytes, new AtomicLong()));
	}

	/**
	 * A moment to act on, e.g. to kill a process: completes once the given number of
	 * bytes has gone in the direction, counted from now, while the bytes keep flowing.
	 * Replaces a mark set before.
	 */
	public CompletableFuture<Long> markAfter(Direction direction, long bytes) {
		Mark next = new Mark(direction, bytes, new AtomicLong(), new CompletableFuture<>());
		Mark previous = this.mark.getAndSet(next);
		if (previous != null) {
			previous.reached().cancel(false);
		}
		if (bytes <= 0) {
			next.reached().complete(0L);
		}
		return next.reached();
	}

	/** Disarms a cut that has not fired. */
	public void disarm() {
		this.armed.set(null);
	}

	public boolean isArmed() {
		return this.armed.get() != null;
	}

	/** The cuts that fired, oldest first. */
	public List<Cut> cuts() {
		return List.copyOf(this.cuts);
	}

	/**
	 * Refuses (closes at once) every new connection while set, and resets the open ones.
	 */
	public void refuse(boolean refuse) {
		this.refusing = refuse;
		if (refuse) {
			this.open.forEach(CuttingProxy::reset);
		}
	}

	public long bytesToHub() {
		return this.toHub.get();
	}

	public long bytesToNode() {
		return this.toNode.get();
	}

	public long connections() {
		return this.connections.get();
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket node = this.server.accept();
				if (this.refusing) {
					reset(node);
					continue;
				}
				int number = (int) this.connections.incrementAndGet();
				Socket hub = new Socket();
				try {
					hub.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.targetPort), 5_000);
				}
				catch (IOException ex) {
					// the hub is down: the node sees its connection end, as with no proxy
					reset(node);
					closeQuietly(hub);
					continue;
				}
				node.setTcpNoDelay(true);
				hub.setTcpNoDelay(true);
				this.open.add(node);
				this.open.add(hub);
				Connection connection = new Connection(number, node, hub);
				Thread.ofVirtual().name("proxy-" + number + "-to-hub").start(() -> connection.pump(Direction.TO_HUB));
				Thread.ofVirtual().name("proxy-" + number + "-to-node").start(() -> connection.pump(Direction.TO_NODE));
			}
			catch (IOException ex) {
				if (!this.closed) {
					AppProcess.sleep(java.time.Duration.ofMillis(10));
				}
			}
		}
	}

	private final class Connection {

		private final int number;

		private final Socket node;

		private final Socket hub;

		private final AtomicLong sentToHub = new AtomicLong();

		private final AtomicLong sentToNode = new AtomicLong();

		Connection(int number, Socket node, Socket hub) {
			this.number = number;
			this.node = node;
			this.hub = hub;
		}

		void pump(Direction direction) {
			Socket from = (direction == Direction.TO_HUB) ? this.node : this.hub;
			Socket to = (direction == Direction.TO_HUB) ? this.hub : this.node;
			AtomicLong total = (direction == Direction.TO_HUB) ? CuttingProxy.this.toHub : CuttingProxy.this.toNode;
			AtomicLong mine = (direction == Direction.TO_HUB) ? this.sentToHub : this.sentToNode;
			byte[] buffer = new byte[16 * 1024];
			try {
				InputStream in = from.getInputStream();
				OutputStream out = to.getOutputStream();
				int read;
				while ((read = in.read(buffer)) != -1) {
					int allowed = allowed(direction, read);
					Mark marked = CuttingProxy.this.mark.get();
					if (marked != null && marked.direction() == direction
							&& marked.counted().addAndGet(allowed) >= marked.afterBytes()) {
						marked.reached().complete(marked.counted().get());
					}
					if (allowed > 0) {
						out.write(buffer, 0, allowed);
						out.flush();
						total.addAndGet(allowed);
						mine.addAndGet(allowed);
					}
					if (allowed < read) {
						CuttingProxy.this.cuts.add(new Cut(direction, mine.get(), this.number, this.sentToHub.get(),
								this.sentToNode.get()));
						resetBoth();
						return;
					}
				}
				// an orderly end one way: pass it on, the other way may still flow
				to.shutdownOutput();
			}
			catch (SocketException ex) {
				resetBoth();
			}
			catch (IOException ex) {
				resetBoth();
			}
		}

		/** How many of {@code read} bytes may pass before an armed cut fires. */
		private int allowed(Direction direction, int read) {
			Armed cut = CuttingProxy.this.armed.get();
			if (cut == null || cut.direction() != direction) {
				return read;
			}
			long before = cut.counted().getAndAdd(read);
			long left = cut.afterBytes() - before;
			if (left >= read) {
				return read;
			}
			if (!CuttingProxy.this.armed.compareAndSet(cut, null)) {
				// another connection fired it a moment ago
				return read;
			}
			return (int) Math.max(0, left);
		}

		private void resetBoth() {
			reset(this.node);
			reset(this.hub);
			CuttingProxy.this.open.remove(this.node);
			CuttingProxy.this.open.remove(this.hub);
		}

	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (IOException ex) {
			// closed already
		}
		closeQuietly(socket);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// nothing left to do
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.open.forEach(CuttingProxy::reset);
	}

}

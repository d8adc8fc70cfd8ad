package org.bianmin.node.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The files under {@code <data-dir>/attachments/<first 2 hex digits>/<sha256>}. A file is
 * written to a temporary name, forced to disk and moved into place atomically, so a crash
 * never leaves a half-written file under a content name: a file that exists under a name
 * holds exactly the content of that name.
 */
final class AttachmentFiles {

	private final Path root;

	AttachmentFiles(Path root) {
		this.root = root;
	}

	Path path(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	boolean holds(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	/**
	 * Stores content, named by the SHA-256 computed while writing.
	 * @param expectedSha256 the name it must have, or null to accept any
	 * @return the name and size
	 * @throws AttachmentTooLargeException beyond {@code maxSize}
	 * @throws IllegalStateException if the content's SHA-256 is not the expected one
	 */
	Stored write(InputStream content, long maxSize, @Nullable String expectedSha256) {
		try {
			Path tmpDir = Files.createDirectories(this.root.resolve("tmp"));
			Path tmp = tmpDir.resolve(UUID.randomUUID() + ".part");
			MessageDigest digest = sha256();
			long size = 0;
			try {
				try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE);
						OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
					byte[] buffer = new byte[64 * 1024];
					int read;
					while ((read = content.read(buffer)) != -1) {
						size += read;
						if (size > maxSize) {
							throw new AttachmentTooLargeException(maxSize);
						}
						out.write(buffer, 0, read);
					}
					out.flush();
					channel.force(true);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				if (expectedSha256 != null && !expectedSha256.equals(sha256)) {
					throw new IllegalStateException("content does not hash to " + expectedSha256 + " but " + sha256);
				}
				Path target = path(sha256);
				Files.createDirectories(target.getParent());
				if (!Files.exists(target)) {
					move(tmp, target);
				}
				return new Stored(sha256, size);
			}
			finally {
				Files.deleteIfExists(tmp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Up to {@code length} bytes from {@code offset}. */
	byte[] read(String sha256, long offset, int length) {
		try (FileChannel channel = FileChannel.open(path(sha256), StandardOpenOption.READ)) {
			channel.position(offset);
			ByteBuffer buffer = ByteBuffer.allocate(length);
			while (buffer.hasRemaining() && channel.read(buffer) != -1) {
				// read until the chunk is full or the file ends
			}
			byte[] bytes = new byte[buffer.position()];
			buffer.flip().get(bytes);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	private static void move(Path tmp, Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(tmp, target);
		}
		// the directory entry too must reach the disk, or a crash may forget the file
		try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException ex) {
			// not every file system lets a directory be opened; the file itself is forced
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	record Stored(String sha256, long size) {
	}

}

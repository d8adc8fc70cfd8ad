package org.bianmin.systest.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the system tests keep their files: everything under the module's
 * {@code target/systest/} (data directories, logs, certificates, the launcher), so that
 * {@code mvn clean} removes it and nothing lands in a working tree or in a user's home.
 */
public final class SystemTestFiles {

	private SystemTestFiles() {
	}

	/** {@code target/systest}, absolute. */
	public static Path root() {
		return Path.of(System.getProperty("systest.target", "target")).toAbsolutePath().normalize().resolve("systest");
	}

	public static Path logs() {
		return root().resolve("logs");
	}

	/** A fresh, empty directory under {@link #root()}. */
	public static Path freshDirectory(String name) {
		Path dir = root().resolve(name);
		deleteRecursively(dir);
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A system property naming a file the build made, checked to exist. */
	public static Path requiredFile(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			throw new IllegalStateException("System property " + property
					+ " is not set: run the system tests through Maven (system-tests/pom.xml sets it)");
		}
		Path path = Path.of(value).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new IllegalStateException(property + " = " + path
					+ " does not exist: build the apps first (mvn -B verify from the root, or -pl system-tests -am)");
		}
		return path;
	}

	/**
	 * A directory holding only {@link ParentWatch}'s class file, the first entry of every
	 * started app's class path: the apps see none of the other test classes.
	 */
	static synchronized Path launcherClasses() {
		Path dir = root().resolve("launcher");
		String name = ParentWatch.class.getName().replace('.', '/') + ".class";
		Path file = dir.resolve(name);
		if (!Files.exists(file)) {
			try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException("No class file " + name);
				}
				Files.createDirectories(file.getParent());
				Files.write(file, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return dir;
	}

	/** Deletes the logs whose names start with the prefix. */
	static void deleteLogsOf(String prefix) {
		if (!Files.isDirectory(logs())) {
			return;
		}
		try (Stream<Path> files = Files.list(logs())) {
			for (Path file : files.filter((f) -> f.getFileName().toString().startsWith(prefix)).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

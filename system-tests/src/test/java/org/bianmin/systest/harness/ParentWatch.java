package org.bianmin.systest.harness;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The first main class of every process the system tests start: it watches its standard
 * input, which the test JVM keeps open and never writes to (or writes workload commands
 * to, see {@code org.bianmin.node.workload}), and halts the process when that input ends,
 * i.e. when the test JVM is gone however it ended. Then it hands over to the real main
 * class (Spring Boot's launcher inside the app's jar) in the same JVM, so a kill of this
 * process is a kill of the app. It is copied alone into {@code target/launcher/}: the
 * apps see nothing else of the test classes.
 */
public final class ParentWatch {

	/**
	 * The system property that tells the watcher not to read stdin (the app reads it).
	 */
	public static final String STDIN_OWNED_BY_APP = "systest.stdin-owned-by-app";

	private ParentWatch() {
	}

	public static void main(String[] args) throws Exception {
		if (!Boolean.getBoolean(STDIN_OWNED_BY_APP)) {
			Thread watcher = new Thread(ParentWatch::haltAtEndOfInput, "systest-parent-watch");
			watcher.setDaemon(true);
			watcher.start();
		}
		Class<?> main = Class.forName(args[0]);
		Method entry = main.getMethod("main", String[].class);
		entry.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
	}

	private static void haltAtEndOfInput() {
		try (InputStream in = System.in) {
			while (in.read() != -1) {
				// nothing is expected: only the end matters
			}
		}
		catch (IOException ex) {
			// a broken pipe is an end as well
		}
		Runtime.getRuntime().halt(3);
	}

}

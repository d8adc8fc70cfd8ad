package org.bianmin.systest.harness;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands to a node started with the workload driver ({@code org.bianmin.node.workload}
 * in township-node's test classes), written to its standard input; each waits for the
 * driver's answer line.
 */
public final class Workload {

	private static final Pattern READY = Pattern.compile("^WORKLOAD READY");

	private static final Pattern EVENTS = Pattern.compile("events=([0-9]+)");

	private static final Pattern CASES = Pattern.compile("cases=([0-9]+)");

	private final AppProcess node;

	public Workload(AppProcess node) {
		this.node = node;
	}

	/**
	 * Files cases as the node's plan goes (see the driver); the number of events made.
	 */
	public int file(int cases) {
		return file(cases, 1);
	}

	/** As {@link #file(int)}, with several cases per transaction (loading). */
	public int file(int cases, int perTransaction) {
		String figures = command("file " + cases + " " + perTransaction, Duration.ofMinutes(30));
		Matcher events = EVENTS.matcher(figures);
		if (!events.find()) {
			throw new IllegalStateException("No event count in " + figures);
		}
		return Integer.parseInt(events.group(1));
	}

	/** The township accepts what came from its villages; the number of cases accepted. */
	public int accept() {
		Matcher cases = CASES.matcher(command("accept", Duration.ofMinutes(5)));
		if (!cases.find()) {
			throw new IllegalStateException("No case count");
		}
		return Integer.parseInt(cases.group(1));
	}

	/**
	 * Sends a command and waits for its answer.
	 * @return the answer's figures
	 */
	public String command(String command, Duration timeout) {
		// the driver reads commands only once the node has started
		this.node.awaitLine(this.node.startMark(), READY, Duration.ofMinutes(3));
		int mark = this.node.mark();
		this.node.send(command);
		String verb = command.split(" ")[0];
		Matcher answer = this.node.awaitLine(mark,
				Pattern.compile("^WORKLOAD (DONE|FAILED) " + Pattern.quote(verb) + "(?: (.*))?$"), timeout);
		String figures = (answer.group(2) != null) ? answer.group(2) : "";
		if ("FAILED".equals(answer.group(1))) {
			throw new IllegalStateException(this.node.name() + " failed " + command + ": " + figures);
		}
		return figures;
	}

}

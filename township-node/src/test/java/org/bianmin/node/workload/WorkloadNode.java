package org.bianmin.node.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.bianmin.node.TownshipNodeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The node as it ships, plus a driver that gives it work: the system tests
 * ({@code system-tests}, docs/development.md) start the node's packaged jar with
 * {@code PropertiesLauncher}, {@code loader.path} = this module's test classes and
 * {@code loader.main} = this class. It starts the node with the given arguments exactly
 * as {@link TownshipNodeApplication#main} does, then reads commands from standard input,
 * one per line, and carries them out through the node's own services (the write path of
 * the screens, see {@link Workload}); it answers on standard output with lines starting
 * {@code WORKLOAD }. When standard input ends (the test JVM is gone) the process halts.
 *
 * <p>
 * Why not the screens: a fault trial needs hundreds of cases in a second, and Selenium
 * files one in several seconds (docs/adr/0030).
 */
public final class WorkloadNode {

	static final String PREFIX = "WORKLOAD ";

	private WorkloadNode() {
	}

	public static void main(String[] args) throws IOException {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TownshipNodeApplication.class)
			.initializers((c) -> c.getBeanFactory()
				.registerSingleton("workloadTestClassesExcluded", new TestClassesExcluded()))
			.run(args);
		PrintStream out = System.out;
		Workload workload = new Workload(context, out);
		out.println(PREFIX + "READY");
		out.flush();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank()) {
					workload.run(line.strip());
				}
			}
		}
		catch (IOException ex) {
			// a broken pipe: the test JVM is gone
		}
		Runtime.getRuntime().halt(3);
	}

	/**
	 * Keeps the node's test classes (on the class path through {@code loader.path}) out
	 * of its component scan: the node runs as it ships, with its other tests'
	 * configurations unseen.
	 */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}

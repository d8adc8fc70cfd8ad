package org.bianmin.node.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.TownshipNodeApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * The child process of {@link KillNineDurabilityTest}: boots the demo township node on
 * the data directory given as the only argument, then files and submits cases through
 * {@link CaseCommandService} as fast as it can. After every command that returned
 * (committed) it prints {@code SAVED <caseId> <version>}: what a clerk's screen would
 * have reported as saved. It never stops by itself; the test kills it.
 */
public final class DurabilityWriter {

	private DurabilityWriter() {
	}

	public static void main(String[] args) throws Exception {
		haltWhenTheParentGoes();
		Path dataDir = Path.of(args[0]).toAbsolutePath().normalize();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TownshipNodeApplication.class)
			// with its web server, on a free port: without a servlet context the node's
			// security configuration (Vaadin's) cannot start
			.web(WebApplicationType.SERVLET)
			.profiles("demo")
			.initializers((c) -> c.getBeanFactory()
				.registerSingleton("durabilityTestClassesExcluded", new TestClassesExcluded()))
			// command-line arguments win over application-demo.yml's directory in
			// ~/.bianmin
			.run("--bianmin.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
					"--logging.level.root=warn", "--logging.level.org.bianmin=warn");
		String databaseUrl = databaseUrl(context.getBean(DataSource.class));
		if (!databaseUrl.startsWith("jdbc:h2:file:" + dataDir.resolve("db/bianmin"))) {
			throw new IllegalStateException("The node uses " + databaseUrl + ", not the test's " + dataDir);
		}
		CaseCommandService commands = context.getBean(CaseCommandService.class);
		QueryCodeIssuer queryCodes = context.getBean(QueryCodeIssuer.class);
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		PrintStream out = System.out;
		out.println("READY " + databaseUrl);
		out.flush();
		while (true) {
			// the query code from the node's own sequence, in the filing's transaction,
			// as
			// the filing screen does: fixtures' codes restart at 1 in every JVM
			CommandResult filed = transaction.execute((tx) -> {
				CaseCommand.File fixture = CaseFixtures.fileAtWindow(RELIEF,
						CaseFixtures.all(RELIEF, MaterialState.RECEIVED));
				return commands.file(new CaseCommand.File(fixture.caseId(), queryCodes.issue(), fixture.item(),
						fixture.catalogVersion(), fixture.applicant(), fixture.channel(), fixture.authorisation(),
						fixture.materials()), CLERK);
			});
			CaseId id = saved(out, filed);
			saved(out, commands.handle(id, new CaseCommand.Submit(), CLERK));
		}
	}

	private static CaseId saved(PrintStream out, CommandResult result) {
		if (!(result instanceof CommandResult.Done done)) {
			throw new IllegalStateException("The command was refused: " + result);
		}
		out.println("SAVED " + done.after().id().value() + " " + done.after().version());
		out.flush();
		return done.after().id();
	}

	/**
	 * The test keeps this process's standard input open; it closes when the test's JVM
	 * ends, however it ends. Then this process halts too, so a failed or killed test run
	 * leaves no writer behind.
	 */
	private static void haltWhenTheParentGoes() {
		Thread watcher = new Thread(() -> {
			try (InputStream in = System.in) {
				while (in.read() != -1) {
					// nothing is sent: only the end matters
				}
			}
			catch (IOException ex) {
				// a broken pipe is an end as well
			}
			Runtime.getRuntime().halt(3);
		}, "parent-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	private static String databaseUrl(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

	/**
	 * Keeps the test classes on the class path (other tests' configurations, e.g. the one
	 * that cleans the test database) out of the node's component scan: the node runs as
	 * it ships.
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

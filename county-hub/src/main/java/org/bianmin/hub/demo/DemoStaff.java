package org.bianmin.hub.demo;

import java.util.Set;

import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.staff.StaffAccountService.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo staff at every start (an account that exists is left as it is) and, once
 * the hub is ready, prints where to open it and whom to log in as.
 */
@Component
@Profile("demo")
@Order(20)
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private final StaffAccountService accounts;

	private final DemoProperties demo;

	private final HubIdentity hub;

	private final Environment environment;

	private final DemoCases cases;

	DemoStaff(StaffAccountService accounts, DemoProperties demo, HubIdentity hub, Environment environment,
			DemoCases cases) {
		this.accounts = accounts;
		this.demo = demo;
		this.hub = hub;
		this.environment = environment;
		this.cases = cases;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (DemoProperties.DemoUser user : this.demo.users()) {
			Registration registration = new Registration(user.username(), user.displayName(), this.hub.code().value(),
					user.department(), Set.of(user.role()));
			if (this.accounts.registerIfAbsent(registration, this.demo.password())) {
				created++;
			}
		}
		log.info("Demo staff: {} created, {} already there", created, this.demo.users().size() - created);
	}

	@EventListener(ApplicationReadyEvent.class)
	void printBanner() {
		// only a running web server has a port; a test without one needs no banner
		String port = this.environment.getProperty("local.server.port");
		if (port != null) {
			System.out.println(banner(port));
		}
	}

	String banner(String port) {
		StringBuilder text = new StringBuilder();
		String rule = "=".repeat(78);
		text.append('\n').append(rule).append('\n');
		text.append("  Bianmin 便民 · county hub · ")
			.append(this.hub.name())
			.append(" (")
			.append(this.hub.code())
			.append(") · DEMO\n");
		text.append("  Open  http://localhost:").append(port).append("/\n");
		text.append("  Demo logins: every password is \"")
			.append(this.demo.password())
			.append("\" (demo data only, never in production)\n\n");
		text.append(String.format("    %-14s %-10s %-12s %s%n", "username", "password", "role", "name"));
		for (DemoProperties.DemoUser user : this.demo.users()) {
			String name = (user.department() == null) ? user.displayName()
					: user.displayName() + " · " + user.department();
			text.append(String.format("    %-14s %-10s %-12s %s%n", user.username(), this.demo.password(), user.role(),
					name));
		}
		text.append("\n  Public pages (no login):\n");
		text.append("    service guides     http://localhost:").append(port).append("/guide\n");
		QueryCode code = this.cases.demoCode();
		if (code != null) {
			text.append("    progress query     http://localhost:")
				.append(port)
				.append("/q/")
				.append(code.value())
				.append("\n");
			text.append("                       query code ")
				.append(code.display())
				.append(", check (last four of the ID) ")
				.append(DemoCases.APPLICANT_ID.substring(14))
				.append('\n');
		}
		else {
			text.append("    progress query     http://localhost:").append(port).append("/q\n");
		}
		text.append(rule).append('\n');
		return text.toString();
	}

}

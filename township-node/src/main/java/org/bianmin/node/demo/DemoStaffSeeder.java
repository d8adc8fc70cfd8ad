package org.bianmin.node.demo;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffAccountService.Enrolment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enrols this node's demo users at startup, each at this node. Users that exist already
 * are left alone, so a restart keeps what the demo changed.
 */
@Component
@Profile("demo")
@Order(DemoStaffSeeder.ORDER)
class DemoStaffSeeder implements ApplicationRunner {

	/** Staff first: the demo cases ({@link DemoCases}) are filed by these users. */
	static final int ORDER = 0;

	private final DemoSettings settings;

	private final NodeIdentity node;

	private final StaffAccountService staff;

	DemoStaffSeeder(DemoSettings settings, NodeIdentity node, StaffAccountService staff) {
		this.settings = settings;
		this.node = node;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoSettings.DemoUser user : this.settings.users()) {
			this.staff.enrolIfAbsent(demoId(user.username()), new Enrolment(user.username(), user.displayName(),
					this.node.code().value(), user.department(), Set.of(user.role())), DemoSettings.PASSWORD);
		}
	}

	/**
	 * The id the hub's demo gives the same account: both sides derive it from the
	 * username, so the hub's STAFF_ACCOUNT entry replaces this one in place at the first
	 * sync.
	 */
	static UUID demoId(String username) {
		return UUID.nameUUIDFromBytes(("bianmin-demo-staff:" + username).getBytes(StandardCharsets.UTF_8));
	}

}

package org.bianmin.hub.demo;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.staff.StaffAccountService.Registration;
import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.SyncNodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers the demo network's nodes with their demo-only secrets and seeds their staff
 * at every start; what exists is left as it is. The accounts get the ids the demo nodes
 * give their own seeds ({@link #demoStaffId}), so that the hub's accounts, synced down,
 * replace the nodes' seeds cleanly. Runs after the catalog is published, so each node's
 * feed starts with it.
 */
@Component
@Profile("demo")
@Order(30)
class DemoNetwork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	private final SyncNodeService nodes;

	private final StaffAccountService accounts;

	private final DemoProperties demo;

	DemoNetwork(SyncNodeService nodes, StaffAccountService accounts, DemoProperties demo) {
		this.nodes = nodes;
		this.accounts = accounts;
		this.demo = demo;
	}

	/** The id both hub and node give a demo account: the same on every machine. */
	static UUID demoStaffId(String username) {
		return UUID.nameUUIDFromBytes(("bianmin-demo-staff:" + username).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoProperties.DemoNode node : this.demo.nodes()) {
			if (this.nodes.registerIfAbsent(
					new NodeRegistration(node.code(), node.level(), node.parentTownship(), node.name()),
					node.secret())) {
				log.info("Demo node {} ({}) registered with its demo-only secret", node.code(), node.name());
			}
			for (DemoProperties.DemoUser user : node.users()) {
				this.accounts.registerIfAbsent(demoStaffId(user.username()), new Registration(user.username(),
						user.displayName(), node.code().value(), user.department(), Set.of(user.role())),
						this.demo.password());
			}
		}
	}

}

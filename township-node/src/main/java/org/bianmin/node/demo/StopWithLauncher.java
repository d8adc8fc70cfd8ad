package org.bianmin.node.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stops the node when the process that launched it ends, if
 * {@code bianmin.demo.stop-with-launcher=true}. The demo launcher ({@code mvn -Pdemo})
 * sets it: Maven stops its background apps when it is interrupted, but not the one it
 * runs in the foreground, and nothing at all when it is killed outright. Without this, a
 * demo node could outlive its launcher and hold its port and database.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty("bianmin.demo.stop-with-launcher")
class StopWithLauncher {

	private static final Logger log = LoggerFactory.getLogger(StopWithLauncher.class);

	StopWithLauncher(ConfigurableApplicationContext context) {
		ProcessHandle.current().parent().ifPresent((launcher) -> launcher.onExit().thenRun(() -> {
			log.info("The launching process {} has ended: stopping this demo node", launcher.pid());
			System.exit(SpringApplication.exit(context));
		}));
	}

}

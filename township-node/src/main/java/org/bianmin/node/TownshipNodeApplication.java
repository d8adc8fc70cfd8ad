package org.bianmin.node;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts a node. Whether it is a township centre or a village point is configuration
 * ({@code bianmin.node.*}), not a different build.
 *
 * <p>
 * The node's {@link java.time.Clock} is sync's: corrected to the hub's while the node's
 * clock is flagged as wrong (docs/adr/0017).
 *
 * <p>
 * Themes come in as plain style sheets: Vaadin's prebuilt bundle serves them, so no
 * frontend build (and no Node.js) is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/bianmin.css")
public class TownshipNodeApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(TownshipNodeApplication.class, args);
	}

}

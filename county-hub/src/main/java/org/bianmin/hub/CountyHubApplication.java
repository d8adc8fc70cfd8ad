package org.bianmin.hub;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The county hub. Styles come from stylesheets served from {@code META-INF/resources}
 * ({@code @StyleSheet}), never from a custom frontend build: the prebuilt Vaadin bundle
 * must do, so that no Node.js ever runs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/bianmin.css")
public class CountyHubApplication implements AppShellConfigurator {

	/** The county's time zone: working days, deadlines and notices are dated in it. */
	public static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

	public static void main(String[] args) {
		SpringApplication.run(CountyHubApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.system(COUNTY_ZONE);
	}

}

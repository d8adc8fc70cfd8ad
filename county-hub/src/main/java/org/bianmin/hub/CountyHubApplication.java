package org.bianmin.hub;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.bianmin.model.calendar.ServiceTime;
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

	public static void main(String[] args) {
		SpringApplication.run(CountyHubApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.system(ServiceTime.SERVICE_ZONE);
	}

}

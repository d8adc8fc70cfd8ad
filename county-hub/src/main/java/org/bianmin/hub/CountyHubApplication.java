package org.bianmin.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CountyHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(CountyHubApplication.class, args);
	}

}

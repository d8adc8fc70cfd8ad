package org.bianmin.node;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TownshipNodeApplication {

	public static void main(String[] args) {
		SpringApplication.run(TownshipNodeApplication.class, args);
	}

}

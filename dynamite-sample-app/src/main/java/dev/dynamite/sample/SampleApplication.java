package dev.dynamite.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample application: with DynamoDB Local on the classpath and no {@code dynamite.endpoint}, the Dynamite
 * starter runs an in-memory DynamoDB Local, creates the {@code users} table and implements {@link UserRepository}.
 */
@SpringBootApplication
public class SampleApplication {

	/** Starts the application. */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}
}

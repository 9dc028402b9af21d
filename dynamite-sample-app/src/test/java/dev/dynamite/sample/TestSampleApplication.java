package dev.dynamite.sample;

import org.springframework.boot.SpringApplication;

/**
 * The sample application on the test classpath, where the embedded DynamoDB Local is: {@code mvn spring-boot:test-run}
 * starts it on an in-memory DynamoDB Local, which the packaged application never contains.
 */
public class TestSampleApplication {

	/** Starts the sample application with the test classpath. */
	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).run(args);
	}
}

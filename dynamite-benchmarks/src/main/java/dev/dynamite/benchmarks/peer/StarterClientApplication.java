package dev.dynamite.benchmarks.peer;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link DynamiteSide}'s application without a client bean: the starter builds it from {@code dynamite.endpoint}. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterClientApplication {

	static ConfigurableApplicationContext start(PeerWorkload workload) {
		SpringApplication application = new SpringApplication(StarterClientApplication.class);
		application.setDefaultProperties(Map.of("dynamite.sync", "validate", "spring.main.banner-mode", "off",
				"dynamite.endpoint", workload.endpoint().toString(), "dynamite.region", "us-east-1",
				"dynamite.credentials.access-key-id", "bench", "dynamite.credentials.secret-access-key", "bench"));
		return application.run();
	}
}

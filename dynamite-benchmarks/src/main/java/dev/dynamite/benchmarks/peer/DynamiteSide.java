package dev.dynamite.benchmarks.peer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Dynamite's side of the comparison with the peer library (issue 15): a Spring Boot application with the Dynamite
 * starter on the workload's client, measured by {@link PeerWorkload}. The peer's side is
 * {@code dynamite-benchmarks/peer} (Java 21, Spring Boot 3.5); {@code peer-compare.sh} runs both.
 * <p>
 * {@code java -cp ... dev.dynamite.benchmarks.peer.DynamiteSide <round> <results.tsv>}
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class DynamiteSide {

	private static @Nullable DynamoDbClient client;

	/** The workload's client: the starter backs off from building its own. */
	@Bean
	DynamoDbClient dynamoDbClient() {
		return java.util.Objects.requireNonNull(client, "start(workload) sets the client");
	}

	public static void main(String[] args) {
		int round = Integer.parseInt(args[0]);
		Path results = Path.of(args[1]);
		int status = 1;
		try (PeerWorkload workload = PeerWorkload.start()) {
			try (ConfigurableApplicationContext context = start(workload)) {
				workload.run(new DynamiteLibrary(context.getBean(PeerCustomerRepository.class)), round, results);
			}
			status = 0;
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
		}
		// DynamoDB Local's threads would keep the JVM alive for minutes after a failure
		System.exit(status);
	}

	/** Starts the application on the workload's client. */
	static ConfigurableApplicationContext start(PeerWorkload workload) {
		client = workload.client();
		SpringApplication application = new SpringApplication(DynamiteSide.class);
		application.setDefaultProperties(java.util.Map.of("dynamite.sync", "validate", "spring.main.banner-mode", "off"));
		return application.run();
	}

	/** The operations on Dynamite's repository. */
	private record DynamiteLibrary(PeerCustomerRepository repository) implements PeerLibrary {

		@Override
		public String name() {
			return "Dynamite";
		}

		@Override
		public int findById(String id) {
			Optional<PeerCustomer> found = this.repository.findById(id);
			return found.isPresent() ? 1 : 0;
		}

		@Override
		public int findAllById(List<String> ids) {
			return this.repository.findAllById(ids).size();
		}

		@Override
		public void save(String id, String name, String role, int age) {
			PeerCustomer customer = new PeerCustomer();
			customer.setId(id);
			customer.setName(name);
			customer.setEmail(id + "@example.com");
			customer.setRole(role);
			customer.setAge(age);
			this.repository.save(customer);
		}

		@Override
		public void saveAll(String prefix, int count) {
			List<PeerCustomer> customers = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				PeerCustomer customer = new PeerCustomer();
				customer.setId(prefix + i);
				customer.setName("new " + i);
				customer.setEmail(prefix + i + "@example.com");
				customer.setRole("user");
				customer.setAge(20);
				customers.add(customer);
			}
			this.repository.saveAll(customers);
		}

		@Override
		public int findByRole(String role) {
			return this.repository.findByRole(role).size();
		}

		@Override
		public long count() {
			return this.repository.count();
		}

		@Override
		public int pagePass(int size) {
			int seen = 0;
			Page<PeerCustomer> page = this.repository.findAll(PageRequest.of(0, size));
			seen += page.getNumberOfElements();
			while (page.hasNext()) {
				page = this.repository.findAll(page.nextPageable());
				seen += page.getNumberOfElements();
			}
			return seen;
		}

		@Override
		public int windowPass(int size) {
			int seen = 0;
			Window<PeerCustomer> window = this.repository.findFirst100By(ScrollPosition.keyset());
			seen += window.size();
			while (window.hasNext()) {
				window = this.repository.findFirst100By(window.positionAt(window.size() - 1));
				seen += window.size();
			}
			return seen;
		}
	}
}

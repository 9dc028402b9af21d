package dev.dynamite.benchmarks.peer.sdd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.socialsignin.spring.data.dynamodb.core.TableNameResolver;
import org.socialsignin.spring.data.dynamodb.repository.config.EnableDynamoDBRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import dev.dynamite.benchmarks.peer.PeerLibrary;
import dev.dynamite.benchmarks.peer.PeerWorkload;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The peer's side of the comparison: a Spring Boot 3.5 application with Spring Data DynamoDB 7.0.0 on the workload's
 * client, measured by {@link PeerWorkload} exactly as Dynamite's {@code DynamiteSide} is.
 * <p>
 * {@code java -cp ... dev.dynamite.benchmarks.peer.sdd.PeerSide <round> <results.tsv>}
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableDynamoDBRepositories(basePackageClasses = PeerSide.class)
public class PeerSide {

	private static DynamoDbClient client;

	@Bean
	DynamoDbClient amazonDynamoDB() {
		return client;
	}

	/** Maps the entity to the workload's table (the peer names tables after the class otherwise). */
	@Bean
	TableNameResolver tableNameResolver() {
		return new TableNameResolver() {
			@Override
			public <T> String resolveTableName(Class<T> domainClass, String baseTableName) {
				return PeerWorkload.TABLE;
			}
		};
	}

	public static void main(String[] args) {
		int round = Integer.parseInt(args[0]);
		Path results = Path.of(args[1]);
		int status = 1;
		try (PeerWorkload workload = PeerWorkload.start()) {
			client = workload.client();
			SpringApplication application = new SpringApplication(PeerSide.class);
			application.setDefaultProperties(Map.of("spring.main.banner-mode", "off"));
			try (ConfigurableApplicationContext context = application.run()) {
				workload.run(new PeerRepositoryLibrary(context.getBean(PeerCustomerRepository.class)), round, results);
			}
			status = 0;
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
		}
		// DynamoDB Local's threads would keep the JVM alive for minutes after a failure
		System.exit(status);
	}

	/** The operations on the peer's repository. */
	private record PeerRepositoryLibrary(PeerCustomerRepository repository) implements PeerLibrary {

		@Override
		public String name() {
			return "Spring Data DynamoDB 7.0.0";
		}

		@Override
		public int findById(String id) {
			return this.repository.findById(id).isPresent() ? 1 : 0;
		}

		@Override
		public int findAllById(List<String> ids) {
			int found = 0;
			for (PeerCustomer ignored : this.repository.findAllById(ids)) {
				found++;
			}
			return found;
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
			return -1;
		}
	}
}

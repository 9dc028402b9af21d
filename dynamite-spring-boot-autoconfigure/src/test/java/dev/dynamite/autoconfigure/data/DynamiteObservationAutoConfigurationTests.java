package dev.dynamite.autoconfigure.data;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.BookRepository;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.test.LocalDynamoDb;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** With an {@link ObservationRegistry} bean, every request of the templates is a {@code dynamite.requests} timer. */
class DynamiteObservationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
				DynamiteRepositoriesAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class, MetricsConfiguration.class)
		.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(), "dynamite.credentials.access-key-id=test",
				"dynamite.credentials.secret-access-key=test",
				"dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("observedboot"));

	@Test
	void requestsOfRepositoriesAndBothTemplatesAreTimedWithTheirTags() {
		this.contextRunner.run((context) -> {
			BookRepository books = context.getBean(BookRepository.class);
			books.create(new Book("1", "Le Guin", "The Dispossessed"));
			books.findById("1");
			books.findByAuthor("Le Guin");
			context.getBean(AsyncDynamiteOperations.class).where(Book.class, Filter.all()).join();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			String table = context.getBean(dev.dynamite.mapping.DynamiteMappingContext.class)
				.getRequiredPersistentEntity(Book.class).getTableName();
			Timer get = meters.find("dynamite.requests").tags("operation", "GetItem", "table", table, "index", "none",
					"outcome", "SUCCESS").timer();
			assertThat(get).isNotNull();
			assertThat(get.count()).isEqualTo(1);
			assertThat(meters.find("dynamite.requests").tags("operation", "PutItem").timer().count()).isEqualTo(1);
			assertThat(meters.find("dynamite.requests").tags("operation", "Query").timer()).isNotNull();
			assertThat(meters.find("dynamite.requests").tags("operation", "Scan").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void consumedCapacityIsASummaryPerTableAndOperationWhenAskedFor() {
		this.contextRunner.withPropertyValues("dynamite.metrics.consumed-capacity=true").run((context) -> {
			BookRepository books = context.getBean(BookRepository.class);
			books.save(new Book("2", "Herbert", "Dune"));
			books.findById("2");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			DistributionSummary reads = meters.find(ConsumedCapacityObservationHandler.NAME).tags("operation", "GetItem")
				.summary();
			assertThat(reads).isNotNull();
			assertThat(reads.totalAmount()).isGreaterThan(0);
			assertThat(meters.find(ConsumedCapacityObservationHandler.NAME).tags("operation", "PutItem").summary())
				.isNotNull();
		});
	}

	@Test
	void noConsumedCapacityUnlessAskedFor() {
		this.contextRunner.run((context) -> {
			context.getBean(BookRepository.class).findById("nope");
			assertThat(context).doesNotHaveBean(ConsumedCapacityObservationHandler.class);
			assertThat(context.getBean(MeterRegistry.class).find(ConsumedCapacityObservationHandler.NAME).summary())
				.isNull();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class MetricsConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		/** As Boot's observation auto-configuration does: the meter handler and every handler bean. */
		@Bean
		ObservationRegistry observationRegistry(MeterRegistry meters,
				org.springframework.beans.factory.ObjectProvider<ObservationHandler<?>> handlers) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
			handlers.orderedStream().forEach(registry.observationConfig()::observationHandler);
			return registry;
		}
	}
}

package dev.dynamite.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.dynamite.Dynamite;
import dev.dynamite.core.execution.ObservedTransport;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.observation.DynamiteRequestContext;
import dev.dynamite.core.observation.RequestObservations;
import dev.dynamite.core.model.User;
import dev.dynamite.test.FaultInjector;
import dev.dynamite.test.LocalDynamoDb;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every DynamoDB request is one observation {@code dynamite.requests} with its table, operation, index and outcome,
 * on the sync and the async template, and one DEBUG line on {@code dev.dynamite.requests} with placeholders only.
 */
class RequestObservationIntegrationTests {

	private static Dynamite dynamite;

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ObservationRegistry registry = recording(this.stopped);

	private final Logger requests = (Logger) LoggerFactory.getLogger(ObservedTransport.LOGGER);

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	private DynamiteTemplate sync;

	private AsyncDynamiteTemplate async;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("observed", List.of(), User.class, Order.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		dynamite.client().close();
	}

	@BeforeEach
	void observe() {
		this.sync = new DynamiteTemplate(dynamite.client(), dynamite.template().getConverter(), BatchRetryPolicy.DEFAULT,
				DynamiteTemplate.DEFAULT_BATCH_PARALLELISM, RequestObservations.of(this.registry));
		this.async = new AsyncDynamiteTemplate(LocalDynamoDb.asyncClient(), dynamite.template().getConverter(),
				BatchRetryPolicy.DEFAULT, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM, RequestObservations.of(this.registry));
		dynamite.template().delete(Order.class, Filter.all());
		List<Order> orders = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			orders.add(new Order("c1", i, i % 2 == 0 ? "open" : "done", 10 * i));
		}
		dynamite.template().saveAll(orders);
		this.lines.start();
		this.requests.addAppender(this.lines);
	}

	@AfterEach
	void quiet() {
		this.requests.detachAppender(this.lines);
		this.requests.setLevel(null);
	}

	/** A registry that keeps every stopped observation's context, its key values applied. */
	private static ObservationRegistry recording(List<Observation.Context> stopped) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}
		});
		return registry;
	}

	private List<Observation.Context> observed() {
		return List.copyOf(this.stopped);
	}

	private static String key(Observation.Context context, String name) {
		return context.getLowCardinalityKeyValue(name).getValue();
	}

	@Test
	void getQueryScanAndBatchRequestsAreObservedWithTheirKeys() {
		this.sync.findById(Order.class, Key.of("c1", 1));
		this.sync.where(Order.class, Filter.where("customer", "c1").and("total").gt(15));
		this.sync.where(Order.class, Filter.where("status", "open"));
		this.sync.where(Order.class, Filter.where("comment", "none"));
		this.sync.findAllById(Order.class, List.of(Key.of("c1", 1), Key.of("c1", 2)));
		List<Observation.Context> contexts = observed();
		assertThat(contexts).extracting(Observation.Context::getName).containsOnly("dynamite.requests");
		assertThat(contexts).extracting(c -> key(c, "operation"))
			.containsExactly("GetItem", "Query", "Query", "Scan", "BatchGetItem");
		assertThat(contexts).extracting(c -> key(c, "table")).allMatch(table -> table.endsWith("_orders"));
		assertThat(contexts).extracting(c -> key(c, "index")).containsExactly("none", "none", "by_status", "none", "none");
		assertThat(contexts).extracting(c -> key(c, "outcome")).containsOnly("SUCCESS");
		Observation.Context query = contexts.get(1);
		assertThat(query.getHighCardinalityKeyValue("items.returned").getValue()).isEqualTo("3");
		assertThat(query.getHighCardinalityKeyValue("items.scanned").getValue()).isEqualTo("5");
		assertThat(contexts.get(4).getHighCardinalityKeyValue("items.returned").getValue()).isEqualTo("2");
	}

	@Test
	void batchRetriesAreObservedAsAttempts() {
		// every batch call reads only its first key: three keys take three attempts
		try (DynamoDbClient starved = LocalDynamoDb.client(new FaultInjector(1L, 0, 0).starve())) {
			DynamiteTemplate template = new DynamiteTemplate(starved, dynamite.template().getConverter(),
					new BatchRetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(2)),
					DynamiteTemplate.DEFAULT_BATCH_PARALLELISM, RequestObservations.of(this.registry));
			this.requests.setLevel(Level.DEBUG);
			assertThat(template.findAllById(Order.class, List.of(Key.of("c1", 1), Key.of("c1", 2), Key.of("c1", 3))))
				.hasSize(3);
		}
		List<Observation.Context> batches = observed();
		assertThat(batches).extracting(c -> key(c, "operation")).containsOnly("BatchGetItem");
		assertThat(batches).extracting(c -> key(c, "attempt")).containsExactly("1", "2", "3");
		assertThat(batches).extracting(c -> c.getHighCardinalityKeyValue("items.unprocessed").getValue())
			.containsExactly("2", "1", "0");
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(first -> assertThat(first).doesNotContain("attempt=").contains("2 unprocessed"),
					second -> assertThat(second).contains("attempt=2").contains("1 unprocessed"),
					third -> assertThat(third).contains("attempt=3").doesNotContain("unprocessed"));
	}

	@Test
	void aRequestOutsideABatchIsAFirstAttempt() {
		this.sync.findById(Order.class, Key.of("c1", 1));
		this.sync.saveAll(List.of(new Order("c2", 1, "open", 1)));
		assertThat(observed()).extracting(c -> key(c, "attempt")).containsExactly("1", "1");
		assertThat(observed().get(1).getHighCardinalityKeyValue("items.unprocessed").getValue()).isEqualTo("0");
	}

	@Test
	void theAsyncTemplateIsObservedTheSameWay() {
		this.async.findById(Order.class, Key.of("c1", 1)).join();
		this.async.where(Order.class, Filter.where("customer", "c1")).join();
		assertThat(observed()).extracting(c -> key(c, "operation")).containsExactly("GetItem", "Query");
	}

	@Test
	void aFailedConditionIsItsOutcome() {
		Order existing = new Order("c1", 1, "open", 10);
		assertThatThrownBy(() -> this.sync.create(existing)).isInstanceOf(DuplicateKeyException.class);
		assertThat(observed()).extracting(c -> key(c, "outcome")).containsExactly("CONDITION_FAILED");
	}

	@Test
	void debugLinesShowExpressionsWithPlaceholdersAndNoValues() {
		this.requests.setLevel(Level.DEBUG);
		this.sync.where(Order.class, Filter.where("customer", "c1").and("comment", "secret-comment"));
		assertThat(this.lines.list).hasSize(1);
		String line = this.lines.list.get(0).getFormattedMessage();
		assertThat(line).startsWith("Query ").contains("_orders ").contains("key=\"#n0 = :v0\"").contains("filter=\"")
			.contains("-> SUCCESS, 0 returned, 5 scanned").contains(" ms")
			.doesNotContain("secret-comment").doesNotContain("c1");
	}

	@Test
	void valuesAppearOnlyAtTrace() {
		this.requests.setLevel(Level.TRACE);
		this.sync.where(Order.class, Filter.where("customer", "c1").and("comment", "traced-comment"));
		assertThat(this.lines.list.get(0).getFormattedMessage()).contains("values=").contains("traced-comment");
	}

	@Test
	void consumedCapacityIsAskedForAndCarriedWhenSwitchedOn() {
		DynamiteTemplate counting = new DynamiteTemplate(dynamite.client(), dynamite.template().getConverter(),
				BatchRetryPolicy.DEFAULT, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM,
				new RequestObservations(this.registry, null, true));
		counting.findById(Order.class, Key.of("c1", 1));
		counting.where(Order.class, Filter.where("customer", "c1"));
		counting.save(new Order("c9", 1, "open", 5));
		assertThat(observed()).extracting(c -> ((DynamiteRequestContext) c).getConsumedCapacity())
			.allMatch(units -> units > 0);
		this.sync.findById(Order.class, Key.of("c1", 1));
		assertThat(((DynamiteRequestContext) observed().get(3)).getConsumedCapacity()).isEqualTo(-1);
	}

	@Test
	void withoutARegistryOrDebugNothingIsObservedOrLogged() {
		this.requests.setLevel(Level.INFO);
		dynamite.template().where(Order.class, Filter.all());
		assertThat(this.lines.list).isEmpty();
		assertThat(observed()).isEmpty();
	}
}

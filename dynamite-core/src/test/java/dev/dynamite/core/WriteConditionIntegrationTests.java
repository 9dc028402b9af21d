package dev.dynamite.core;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Order;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code WriteOptions.condition(Filter)}: a ConditionExpression on create, save, update and delete. A failed condition
 * writes nothing and names the entity, the key, the condition and what was stored; the write's own conditions
 * (existence, version) keep their own exceptions; writes by filter skip the items that do not meet it.
 */
@ParameterizedClass
@EnumSource(Api.class)
class WriteConditionIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("conditions", List.of(recorder), Order.class, Document.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void seed() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Order.class, Filter.all());
		this.template.delete(Document.class, Filter.all());
		for (int n = 0; n < 10; n++) {
			this.template.create(new Order("c1", n, n < 6 ? "open" : "shipped", n * 10L));
		}
		recorder.clear();
	}

	private Order stored(int number) {
		return this.template.findById(Order.class, Key.of("c1", number)).orElseThrow();
	}

	@Test
	void aSaveWhoseConditionHoldsWrites() {
		Order order = stored(1);
		order.setComment("packed");
		this.template.save(order, WriteOptions.condition(Filter.where("status", "open")));

		assertThat(stored(1).getComment()).isEqualTo("packed");
		PutItemRequest put = recorder.requests(PutItemRequest.class).get(0);
		assertThat(put.conditionExpression()).isEqualTo("#n0 = :v0");
		assertThat(put.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
	}

	@Test
	void aSaveWhoseConditionFailsWritesNothingAndSaysWhatWasStored() {
		Order order = stored(7);
		order.setComment("packed");
		assertThatExceptionOfType(ConditionFailedException.class)
			.isThrownBy(() -> this.template.save(order, WriteOptions.condition(Filter.where("status", "open"))))
			.withMessageContaining("Order with key")
			.withMessageContaining("c1")
			.withMessageContaining("status EQ [open]")
			.withMessageContaining("status=\"shipped\"")
			.withMessageContaining("nothing was written")
			.satisfies((ex) -> assertThat(ex.getCondition()).isEqualTo(Filter.where("status", "open")));
		assertThat(stored(7).getComment()).isNull();
	}

	@Test
	void anUpdateAndADestroyTakeConditionsToo() {
		Order order = stored(2);
		assertThat(this.template.update(order, Map.of("comment", "late"), WriteOptions.condition(Filter.where("total").lt(50L)))
			.getComment()).isEqualTo("late");
		assertThatExceptionOfType(ConditionFailedException.class).isThrownBy(() -> this.template.update(stored(8),
				Map.of("comment", "late"), WriteOptions.condition(Filter.where("total").lt(50L))))
			.withMessageContaining("total=80");
		assertThat(stored(8).getComment()).isNull();

		assertThatExceptionOfType(ConditionFailedException.class)
			.isThrownBy(() -> this.template.destroy(stored(9), WriteOptions.condition(Filter.where("status").ne("shipped"))));
		assertThat(this.template.findById(Order.class, Key.of("c1", 9))).isPresent();
		this.template.destroy(stored(3), WriteOptions.condition(Filter.where("status").ne("shipped")));
		assertThat(this.template.findById(Order.class, Key.of("c1", 3))).isEmpty();
		assertThat(recorder.requests(UpdateItemRequest.class).get(0).conditionExpression())
			.matches("attribute_exists\\(#n\\d\\) AND #n\\d < :v\\d");
		assertThat(recorder.requests(DeleteItemRequest.class)).allSatisfy(
				(delete) -> assertThat(delete.conditionExpression()).isEqualTo("#n0 <> :v0"));
	}

	@Test
	void aCreateStillReportsAnExistingKeyAsADuplicate() {
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.template
			.create(new Order("c1", 1, "open", 1), WriteOptions.condition(Filter.where("comment").notExists())));
		this.template.create(new Order("c1", 50, "open", 1), WriteOptions.condition(Filter.where("comment").notExists()));
		assertThat(stored(50).getStatus()).isEqualTo("open");
	}

	@Test
	void aStaleVersionIsStillReportedAsOne() {
		Document document = this.template.save(new Document("d1", "v1"));
		Document stale = this.template.findById(Document.class, "d1").orElseThrow();
		this.template.save(document);
		stale.setTitle("v3");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.template.save(stale, WriteOptions.condition(Filter.where("title", "v1"))));
		assertThatExceptionOfType(ConditionFailedException.class).isThrownBy(() -> this.template
			.save(this.template.findById(Document.class, "d1").orElseThrow(), WriteOptions.condition(Filter.where("title", "zzz"))));
	}

	@Test
	void writesByFilterSkipTheItemsThatDoNotMeetTheCondition() {
		long updated = this.template.update(Order.class, Map.of("comment", "checked"), Filter.where("customer", "c1"),
				WriteOptions.condition(Filter.where("status", "open")));
		assertThat(updated).isEqualTo(6);
		assertThat(this.template.count(Order.class, Filter.where("comment", "checked"))).isEqualTo(6);

		long deleted = this.template.delete(Order.class, Filter.where("customer", "c1"),
				WriteOptions.condition(Filter.where("total").ge(70L)));
		assertThat(deleted).isEqualTo(3);
		assertThat(this.template.count(Order.class, Filter.all())).isEqualTo(7);
		assertThat(recorder.requests(DeleteItemRequest.class)).hasSize(10);
	}

	@Test
	void aConditionOnAnUnknownFieldIsRefusedBeforeAnyRequest() {
		Order order = stored(1);
		recorder.clear();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.save(order, WriteOptions.condition(Filter.where("nickname", "x"))))
			.withMessageContaining("nickname")
			.withMessageContaining("Order");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void racingConditionalWritesHaveExactlyOneWinner() throws Exception {
		int racers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		AtomicInteger won = new AtomicInteger();
		AtomicInteger lost = new AtomicInteger();
		try {
			List<Future<?>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < racers; i++) {
				int racer = i;
				futures.add(pool.submit(() -> {
					start.await();
					Order claim = stored(4);
					claim.setStatus("claimed");
					claim.setComment("racer " + racer);
					try {
						this.template.save(claim, WriteOptions.condition(Filter.where("status", "open")));
						won.incrementAndGet();
					}
					catch (ConditionFailedException ex) {
						lost.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(won.get()).isEqualTo(1);
		assertThat(lost.get()).isEqualTo(racers - 1);
		assertThat(stored(4).getStatus()).isEqualTo("claimed");
	}

	@Test
	void aTransactionChecksConditionsOnItemsItWritesAndOnOthers() {
		Order shipped = stored(6);
		Order open = stored(0);
		open.setComment("in transaction");
		assertThatExceptionOfType(DynamiteTransactionCanceledException.class).isThrownBy(() -> this.template
			.transaction((tx) -> tx.save(open, WriteOptions.condition(Filter.where("status", "open")))
				.conditionCheck(Order.class, Key.of("c1", 6), Filter.where("status", "open"))));
		assertThat(stored(0).getComment()).isNull();

		this.template.transaction((tx) -> tx.save(open, WriteOptions.condition(Filter.where("status", "open")))
			.conditionCheck(Order.class, Key.of("c1", 6), Filter.where("status", "shipped"))
			.delete(stored(1), WriteOptions.condition(Filter.where("total").lt(20L))));
		assertThat(stored(0).getComment()).isEqualTo("in transaction");
		assertThat(this.template.findById(Order.class, Key.of("c1", 1))).isEmpty();
		assertThat(shipped.getStatus()).isEqualTo("shipped");
	}
}

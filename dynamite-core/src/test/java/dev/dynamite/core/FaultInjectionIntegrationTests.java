package dev.dynamite.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import dev.dynamite.core.model.Parcel;
import dev.dynamite.test.Api;
import dev.dynamite.test.BlockingAsyncOperations;
import dev.dynamite.test.FaultInjector;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nothing is lost under partial batches and throttling: a {@link FaultInjector} withholds part of a share of
 * BatchWriteItem / BatchGetItem requests (reporting exactly those as unprocessed) and throttles a share of call
 * attempts. Every result is checked through a second client without faults.
 */
@ParameterizedClass
@EnumSource(Api.class)
class FaultInjectionIntegrationTests {

	@Parameter
	Api api;


	private static final int ITEMS = 10_000;

	private static Dynamite dynamite;

	/** The fault-free view used to check what is really stored. */
	private static DynamiteOperations truth;

	private static final List<SdkAutoCloseable> clients = new ArrayList<>();

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client())
			.tablePrefix(LocalDynamoDb.uniquePrefix("faults"))
			.tables(Parcel.class)
			.build();
		dynamite.sync();
		truth = dynamite.template();
	}

	@AfterAll
	static void stop() {
		clients.forEach(SdkAutoCloseable::close);
		dynamite.close();
		dynamite.client().close();
	}

	@AfterEach
	void clean() {
		truth.delete(Parcel.class, Filter.all());
	}

	@Test
	void tenThousandItemsSurvivePartialBatchesAndThrottling() {
		// 20% of batch calls withhold part of their items/keys, 5% of all call attempts are throttled; the default
		// policy gives up after 10 partial answers in a row: 0.2^10 ~ 1e-7 per batch, ~1e-4 for the ~900 batches here
		FaultInjector faults = new FaultInjector(20261130L, 0.20, 0.05);
		DynamiteOperations template = faulty(ClientOverrideConfiguration.builder(), faults, BatchRetryPolicy.DEFAULT);
		List<Parcel> parcels = new ArrayList<>(ITEMS);
		for (int i = 0; i < ITEMS; i++) {
			parcels.add(new Parcel("p" + i, "g" + (i % 4), i, "payload-" + i));
		}
		long started = System.nanoTime();

		assertThat(template.saveAll(parcels)).hasSize(ITEMS);
		FaultInjector.Snapshot afterSave = faults.snapshot();
		assertThat(afterSave.partialCalls()).isPositive();
		assertThat(afterSave.withheldItems()).isPositive();
		assertThat(afterSave.throttles()).isPositive();
		assertThat(truth.count(Parcel.class, Filter.all())).isEqualTo(ITEMS);
		assertThat(ids(truth.where(Parcel.class, Filter.all()))).isEqualTo(ids(parcels));

		List<String> asked = new ArrayList<>(ids(parcels));
		Collections.shuffle(asked, new Random(7));
		List<Parcel> found = template.findAllById(Parcel.class, asked);
		assertThat(found).extracting(Parcel::getId).containsExactlyElementsOf(asked);
		assertThat(found).allSatisfy(p -> assertThat(p.getPayload()).isEqualTo("payload-" + p.getN()));

		List<String> someIds = asked.subList(0, 2_500);
		assertThat(ids(template.where(Parcel.class, Filter.where("id", someIds)))).isEqualTo(new HashSet<>(someIds));
		assertThat(template.where(Parcel.class, Filter.where("grp", "g1"))).hasSize(ITEMS / 4)
			.allSatisfy(p -> assertThat(p.getN() % 4).isEqualTo(1));
		assertThat(template.count(Parcel.class, Filter.where("grp", "g2"))).isEqualTo(ITEMS / 4);
		FaultInjector.Snapshot afterReads = faults.snapshot();
		assertThat(afterReads.withheldKeys()).isPositive();

		assertThat(template.delete(Parcel.class, Filter.where("grp", List.of("g0", "g1")))).isEqualTo(ITEMS / 2);
		assertThat(truth.count(Parcel.class, Filter.all())).isEqualTo(ITEMS / 2);
		assertThat(truth.where(Parcel.class, Filter.all())).allSatisfy(p -> assertThat(p.getGrp()).isIn("g2", "g3"));
		assertThat(template.delete(Parcel.class, Filter.all())).isEqualTo(ITEMS / 2);
		assertThat(truth.count(Parcel.class, Filter.all())).isZero();

		FaultInjector.Snapshot total = faults.snapshot();
		// minimum calls without faults: 400 BatchWriteItem to save, 100 + 25 BatchGetItem, 400 BatchWriteItem to delete
		System.out.printf("[reliability] faults: %d items, %.1f s, %s, Dynamite batch retries=%d%n", ITEMS,
				(System.nanoTime() - started) / 1e9, total,
				total.batchWriteCalls() + total.batchGetCalls() - (400 + 100 + 25 + 400));
		assertThat(total.batchWriteCalls()).isGreaterThan(800);
	}

	@Test
	void givingUpIsBoundedAndCarriesExactlyTheUnwrittenItems() {
		// every batch call sends only its first item: 5 attempts write 5 of each 25-item chunk
		FaultInjector faults = new FaultInjector(1L, 0, 0).starve();
		BatchRetryPolicy policy = new BatchRetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(80));
		DynamiteOperations template = faulty(ClientOverrideConfiguration.builder(), faults, policy);
		List<Parcel> parcels = parcels(100);
		long started = System.nanoTime();
		assertThatThrownBy(() -> template.saveAll(parcels)).isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
			assertThat(ex).hasMessageContaining("80 of 100");
			Set<String> unwritten = writeIds(ex.getUnprocessed());
			assertThat(unwritten).hasSize(80);
			Set<String> stored = ids(truth.where(Parcel.class, Filter.all()));
			assertThat(stored).hasSize(20).doesNotContainAnyElementsOf(unwritten);
			Set<String> union = new HashSet<>(stored);
			union.addAll(unwritten);
			assertThat(union).isEqualTo(ids(parcels));
		});
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		// 4 chunks in parallel, each 5 calls and at most maxTotalDelay() of back-off
		assertThat(elapsed).isLessThan(policy.maxTotalDelay().plusSeconds(3));
		assertThat(faults.snapshot().batchWriteCalls()).isEqualTo(4 * 5);

		// deleting: what is left undeleted is exactly what the exception carries
		assertThatThrownBy(() -> template.delete(Parcel.class, Filter.all()))
			.isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
				assertThat(ex.getUnprocessed()).hasSize(15);
				assertThat(writeIds(ex.getUnprocessed())).isEqualTo(ids(truth.where(Parcel.class, Filter.all())));
			});

		// reading: the exception carries every key not read
		truth.saveAll(parcels);
		List<String> asked = parcels.stream().map(Parcel::getId).toList();
		assertThatThrownBy(() -> template.findAllById(Parcel.class, asked))
			.isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
				assertThat(ex).hasMessageContaining("95 of 100");
				assertThat(ex.getUnprocessed()).hasSize(95);
				assertThat(keyIds(ex.getUnprocessed())).isSubsetOf(asked);
			});
	}

	@Test
	void throttlingTheSdkGaveUpOnIsRetriedByDynamiteAndReportedExactly() {
		// no SDK retries: every injected throttle reaches Dynamite's BatchRetryPolicy
		// a call leaves something unprocessed with p = 0.2 + 0.8 * 0.3 = 0.44: 25 in a row (a give-up) ~ 1e-9 per chunk
		FaultInjector faults = new FaultInjector(99L, 0.3, 0.2);
		BatchRetryPolicy policy = new BatchRetryPolicy(25, Duration.ofMillis(5), Duration.ofMillis(40));
		DynamiteOperations template = faulty(
				ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()), faults, policy);
		List<Parcel> parcels = parcels(1_000);
		assertThat(template.saveAll(parcels)).hasSize(1_000);
		assertThat(truth.count(Parcel.class, Filter.all())).isEqualTo(1_000);
		assertThat(template.findAllById(Parcel.class, ids(parcels))).hasSize(1_000);
		FaultInjector.Snapshot retried = faults.snapshot();
		assertThat(retried.throttles()).isPositive();

		// throttled on every attempt: bounded give-up, cause kept, nothing reported that was written
		faults.throttleShare(1.0);
		List<Parcel> more = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			more.add(new Parcel("t" + i, "t", i, "x"));
		}
		long started = System.nanoTime();
		assertThatThrownBy(() -> template.saveAll(more)).isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
			assertThat(writeIds(ex.getUnprocessed())).isEqualTo(ids(more));
			assertThat(ex).hasRootCauseInstanceOf(ProvisionedThroughputExceededException.class)
				.hasMessageContaining("60 of 60");
		});
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(policy.maxTotalDelay().plusSeconds(3));
		assertThatThrownBy(() -> template.saveAll(more.subList(0, 10)))
			.isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> assertThat(ex.getUnprocessed()).hasSize(10));
		assertThat(truth.count(Parcel.class, Filter.where("grp", "t"))).isZero();
		System.out.printf("[reliability] throttling without SDK retries: 1000 items, %s%n", retried);
	}

	@Test
	void throttlingOnStartedChunksReportsOnlyWhatWasNotWritten() {
		// starved batches (1 item per call) and 20% throttles, no SDK retries: chunks fail part-way
		FaultInjector faults = new FaultInjector(5L, 0, 0.2).starve();
		BatchRetryPolicy policy = new BatchRetryPolicy(8, Duration.ofMillis(2), Duration.ofMillis(10));
		DynamiteOperations template = faulty(
				ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()), faults, policy);
		List<Parcel> parcels = parcels(200);
		assertThatThrownBy(() -> template.saveAll(parcels)).isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
			Set<String> unwritten = writeIds(ex.getUnprocessed());
			Set<String> stored = ids(truth.where(Parcel.class, Filter.all()));
			assertThat(stored).isNotEmpty().doesNotContainAnyElementsOf(unwritten);
			assertThat(stored.size() + unwritten.size()).isEqualTo(200);
		});
		assertThat(faults.snapshot().throttles()).isPositive();
	}

	@Test
	void throttlingTheSdkAlreadyRetriedEndsTheBatchAtOnceWithItsItems() {
		// an SDK retrying throttling 3 times, quickly: Dynamite does not multiply those retries by its own
		FaultInjector faults = new FaultInjector(11L, 0, 1.0);
		ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
			.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3)
				.backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
				.throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
				.circuitBreakerEnabled(false)
				.build());
		DynamiteOperations template = faulty(override, faults, BatchRetryPolicy.DEFAULT);
		List<Parcel> parcels = parcels(60);
		assertThatThrownBy(() -> template.saveAll(parcels)).isInstanceOfSatisfying(UnprocessedItemsException.class, ex -> {
			assertThat(writeIds(ex.getUnprocessed())).isEqualTo(ids(parcels));
			assertThat(ex).hasRootCauseInstanceOf(ProvisionedThroughputExceededException.class);
		});
		assertThat(faults.snapshot().batchWriteCalls()).isEqualTo(3);
		assertThat(faults.snapshot().attempts()).isEqualTo(3 * 3);
		assertThatThrownBy(() -> template.findAllById(Parcel.class, List.of("p1", "p2")))
			.isInstanceOf(org.springframework.dao.TransientDataAccessResourceException.class)
			.hasMessageContaining("throttled");
		assertThat(truth.count(Parcel.class, Filter.all())).isZero();
	}

	@Test
	void retryDelaysAreJitteredAndCapped() {
		BatchRetryPolicy policy = BatchRetryPolicy.DEFAULT;
		for (int attempt = 1; attempt <= 12; attempt++) {
			long ceiling = Math.min(2_000, 25L << (attempt - 1));
			Set<Long> seen = new HashSet<>();
			for (int i = 0; i < 200; i++) {
				long millis = policy.delay(attempt).toMillis();
				assertThat(millis).isBetween(0L, ceiling);
				seen.add(millis);
			}
			assertThat(seen).as("distinct delays at attempt %d", attempt).hasSizeGreaterThan(5);
		}
		assertThat(policy.maxTotalDelay()).isEqualTo(Duration.ofMillis(25 + 50 + 100 + 200 + 400 + 800 + 1600 + 2000 + 2000));
	}

	/** A template of the class's implementation whose client has the faults. */
	private DynamiteOperations faulty(ClientOverrideConfiguration.Builder override, FaultInjector faults,
			BatchRetryPolicy policy) {
		if (this.api == Api.SYNC) {
			DynamoDbClient client = LocalDynamoDb.client(override, faults);
			clients.add(client);
			return new DynamiteTemplate(client, truth.getConverter(), policy, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM);
		}
		DynamoDbAsyncClient client = LocalDynamoDb.asyncClient(override, faults);
		clients.add(client);
		return new BlockingAsyncOperations(new AsyncDynamiteTemplate(client, truth.getConverter(), policy,
				DynamiteTemplate.DEFAULT_BATCH_PARALLELISM));
	}

	private static List<Parcel> parcels(int count) {
		List<Parcel> parcels = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			parcels.add(new Parcel("p" + i, "g", i, "x"));
		}
		return parcels;
	}

	private static Set<String> ids(List<Parcel> parcels) {
		return parcels.stream().map(Parcel::getId).collect(Collectors.toSet());
	}

	private static Set<String> writeIds(List<?> writes) {
		return writes.stream().map(WriteRequest.class::cast).map(w -> w.putRequest() != null
				? w.putRequest().item().get("id").s() : w.deleteRequest().key().get("id").s()).collect(Collectors.toSet());
	}

	@SuppressWarnings("unchecked")
	private static Set<String> keyIds(List<?> keys) {
		return keys.stream().map(k -> ((Map<String, AttributeValue>) k).get("id").s()).collect(Collectors.toSet());
	}
}

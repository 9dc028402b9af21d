package dev.dynamite.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Tally;
import dev.dynamite.core.model.User;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writers on the same items: field updates are UpdateItem SET (no read-modify-write, nothing lost),
 * stale versioned saves fail, racing creates have exactly one winner.
 */
class ConcurrencyIntegrationTests {

	private static final int THREADS = 8;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static ExecutorService pool;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("concurrency"))
			.tables(Tally.class, Document.class, User.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
		pool = Executors.newFixedThreadPool(THREADS);
	}

	@AfterAll
	static void stop() {
		pool.shutdownNow();
		dynamite.client().close();
	}

	@Test
	void concurrentFilterUpdatesOfDistinctFieldsLoseNothing() throws Exception {
		int rounds = 100;
		List<String> ids = List.of("t0", "t1", "t2", "t3", "t4");
		ids.forEach(id -> template.create(new Tally(id)));
		recorder.clear();
		CyclicBarrier start = new CyclicBarrier(THREADS);
		AtomicLong counted = new AtomicLong();
		List<Callable<Void>> writers = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			String field = "f" + t;
			writers.add(() -> {
				start.await();
				for (int value = 1; value <= rounds; value++) {
					counted.addAndGet(template.update(Tally.class, Map.of(field, value), Filter.where("id", ids)));
				}
				return null;
			});
		}
		long started = System.nanoTime();
		all(writers);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(counted).hasValue((long) THREADS * rounds * ids.size());
		for (Tally tally : template.findAllById(Tally.class, ids)) {
			for (int t = 0; t < THREADS; t++) {
				assertThat(tally.get(t)).as("%s.f%d", tally.getId(), t).isEqualTo(rounds);
			}
		}
		// every write was an UpdateItem that SETs only its own field (no PutItem of a whole read copy)
		List<UpdateItemRequest> updates = recorder.requests(UpdateItemRequest.class);
		assertThat(updates).hasSize(THREADS * rounds * ids.size());
		assertThat(updates).allSatisfy(u -> assertThat(u.updateExpression()).startsWith("SET")
			.doesNotContain(","));
		assertThat(recorder.names()).doesNotContain("PutItem");
		System.out.printf("[reliability] concurrency: %d threads x %d update(changes, filter) x %d items = %d UpdateItem in %d ms%n",
				THREADS, rounds, ids.size(), updates.size(), millis);
	}

	@Test
	void concurrentSavesOfStaleCopiesFailAndTheItemStaysConsistent() throws Exception {
		int rounds = 20;
		int failures = 0;
		template.save(new Document("v1", "Draft"));
		for (int round = 0; round < rounds; round++) {
			Document stored = template.findById(Document.class, "v1").orElseThrow();
			long version = stored.getVersion();
			CyclicBarrier start = new CyclicBarrier(THREADS);
			List<Callable<String>> savers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				String title = "round " + round + " by " + t;
				savers.add(() -> {
					Document copy = template.findById(Document.class, "v1").orElseThrow();
					copy.setTitle(title);
					start.await();
					try {
						template.save(copy);
						return title;
					}
					catch (OptimisticLockingFailureException ex) {
						assertThat(ex).hasMessageContaining("Document").hasMessageContaining("v1");
						return null;
					}
				});
			}
			List<String> winners = all(savers).stream().filter(java.util.Objects::nonNull).toList();
			assertThat(winners).as("round %d", round).hasSize(1);
			failures += THREADS - 1;
			Document after = template.findById(Document.class, "v1").orElseThrow();
			assertThat(after.getVersion()).isEqualTo(version + 1);
			assertThat(after.getTitle()).isEqualTo(winners.get(0));
		}
		System.out.printf("[reliability] @Version: %d rounds x %d threads, %d OptimisticLockingFailureException%n", rounds,
				THREADS, failures);
	}

	@Test
	void createRacingOnOneKeyHasExactlyOneWinner() throws Exception {
		int rounds = 20;
		for (int round = 0; round < rounds; round++) {
			String id = "race-" + round;
			CyclicBarrier start = new CyclicBarrier(THREADS);
			List<Callable<String>> creators = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				String name = "creator " + t;
				creators.add(() -> {
					User user = new User(name, t(name) + "@example.com");
					user.setId(id);
					start.await();
					try {
						template.create(user);
						return name;
					}
					catch (DuplicateKeyException ex) {
						assertThat(ex).hasMessageContaining("User").hasMessageContaining(id);
						return null;
					}
				});
			}
			List<String> winners = all(creators).stream().filter(java.util.Objects::nonNull).toList();
			assertThat(winners).as("round %d", round).hasSize(1);
			assertThat(template.findById(User.class, id).orElseThrow().getName()).isEqualTo(winners.get(0));
		}
		assertThat(template.count(User.class, Filter.where("id").beginsWith("race-"))).isEqualTo(rounds);
	}

	private static String t(String name) {
		return name.replace(' ', '.');
	}

	private static <V> List<V> all(List<Callable<V>> tasks) throws InterruptedException, ExecutionException {
		List<V> results = new ArrayList<>();
		Set<Throwable> errors = new HashSet<>();
		for (Future<V> future : pool.invokeAll(tasks)) {
			try {
				results.add(future.get());
			}
			catch (ExecutionException ex) {
				errors.add(ex.getCause());
			}
		}
		assertThat(errors).isEmpty();
		return results;
	}
}

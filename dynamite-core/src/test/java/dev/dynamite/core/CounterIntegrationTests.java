package dev.dynamite.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.EmptyResultDataAccessException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Account;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Atomic counters: {@code increment}/{@code decrement} by filter, on an instance and in a transaction are
 * {@code UpdateItem ADD}, never a read-modify-write; they keep {@code @Version} and {@code @UpdatedAt} right, and
 * concurrent increments lose nothing.
 */
@ParameterizedClass
@EnumSource(Api.class)
class CounterIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("counters", List.of(recorder), Account.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void seed() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Account.class, Filter.all());
		for (int i = 0; i < 5; i++) {
			this.template.create(new Account("a" + i, 100));
		}
		recorder.clear();
	}

	private Account stored(String id) {
		return this.template.findById(Account.class, id).orElseThrow();
	}

	@Test
	void incrementByFilterAddsToEveryMatchAndCountsThem() {
		long count = this.template.increment(Account.class, "balance", 25, Filter.where("id").in(List.of("a1", "a2", "a9")));

		assertThat(count).isEqualTo(2);
		assertThat(recorder.names()).containsExactly("BatchGetItem", "UpdateItem", "UpdateItem");
		assertThat(recorder.requests(UpdateItemRequest.class)).allSatisfy((update) -> {
			assertThat(update.updateExpression()).contains("ADD #").contains("if_not_exists(");
			assertThat(update.conditionExpression()).startsWith("attribute_exists(");
		});
		assertThat(stored("a1").getBalance()).isEqualTo(125);
		assertThat(stored("a2").getVersion()).isEqualTo(2);
		assertThat(stored("a3").getBalance()).isEqualTo(100);
		assertThat(this.template.decrement(Account.class, "balance", 40, Filter.where("id", "a3"))).isEqualTo(1);
		assertThat(stored("a3").getBalance()).isEqualTo(60);
	}

	@Test
	void anInstanceGetsTheStoredValueVersionAndUpdateTimeWithoutARead() {
		Account account = stored("a0");
		String updatedAt = account.getUpdatedAt();
		// another writer adds 7 meanwhile: the instance learns the stored total, not its own 100 - 30
		this.template.increment(Account.class, "balance", 7, Filter.where("id", "a0"));
		recorder.clear();

		Account returned = this.template.decrement(account, "balance", 30);

		assertThat(recorder.names()).containsExactly("UpdateItem");
		assertThat(returned).isSameAs(account);
		assertThat(account.getBalance()).isEqualTo(77);
		assertThat(account.getVersion()).isEqualTo(3);
		assertThat(account.getUpdatedAt()).isGreaterThan(updatedAt);
		assertThat(account.getName()).isEqualTo("account a0");
		assertThat(stored("a0").getBalance()).isEqualTo(77);
	}

	@Test
	void aMissingCounterCountsAsZero() {
		Account account = this.template.increment(stored("a4"), "visits", 1);
		assertThat(account.getVisits()).isEqualTo(1);
		assertThat(this.template.increment(account, "visits", 2).getVisits()).isEqualTo(3);
	}

	@Test
	void anInstanceWhoseItemIsGoneIsReportedAndNotCreated() {
		Account ghost = new Account("ghost", 0);
		assertThatExceptionOfType(EmptyResultDataAccessException.class)
			.isThrownBy(() -> this.template.increment(ghost, "balance", 1))
			.withMessageContaining("Account with key Key[ghost] does not exist");
		assertThat(this.template.findById(Account.class, "ghost")).isEmpty();
	}

	@Test
	void badCountersAreRefusedBeforeAnyRequest() {
		Account account = stored("a1");
		recorder.clear();
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.increment(account, "name", 1))
			.withMessageContaining("'name'").withMessageContaining("Account").withMessageContaining("not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.increment(account, "visits", 2.5))
			.withMessageContaining("visits").withMessageContaining("2.5");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.increment(account, "version", 1))
			.withMessageContaining("@Version");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.increment(Account.class, "nickname", 1, Filter.all()))
			.withMessageContaining("nickname");
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.increment(account, "balance", Double.NaN))
			.withMessageContaining("NaN");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void aTransferInATransactionIsAllOrNothing() {
		this.template.transaction((tx) -> tx.decrement(Account.class, "balance", 30, "a1")
			.increment(Account.class, "balance", 30, "a2"));
		assertThat(stored("a1").getBalance()).isEqualTo(70);
		assertThat(stored("a2").getBalance()).isEqualTo(130);

		assertThatExceptionOfType(DynamiteTransactionCanceledException.class).isThrownBy(() -> this.template
			.transaction((tx) -> tx.decrement(Account.class, "balance", 30, "a1").increment(Account.class, "balance", 30,
					"closed")));
		assertThat(stored("a1").getBalance()).isEqualTo(70);
		assertThat(this.template.findById(Account.class, "closed")).isEmpty();
	}

	@Test
	void concurrentIncrementsLoseNothing() throws Exception {
		int threads = 8;
		int each = 1_000;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					start.await();
					Account mine = stored("a0");
					for (int i = 0; i < each; i++) {
						this.template.increment(mine, "balance", 1);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : futures) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		Account total = stored("a0");
		assertThat(total.getBalance()).isEqualTo(100 + threads * each);
		assertThat(total.getVersion()).isEqualTo(1 + threads * each);
	}

	@Test
	void severalItemsAreReadAsOneSnapshotWithTransactGetItems() {
		this.template.transaction((tx) -> tx.decrement(Account.class, "balance", 30, "a1")
			.increment(Account.class, "balance", 30, "a2"));
		recorder.clear();

		List<Account> read = this.template.findAllByIdInTransaction(Account.class, List.of("a2", "gone", "a1"));

		assertThat(read).extracting(Account::getId).containsExactly("a2", "a1");
		assertThat(read).extracting(Account::getBalance).containsExactly(130L, 70L);
		assertThat(recorder.names()).containsExactly("TransactGetItems");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add("k" + i);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.findAllByIdInTransaction(Account.class, many))
			.withMessageContaining("100");
	}
}

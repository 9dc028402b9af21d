package dev.dynamite.core;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Account;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code DynamiteTransactionManager}: the template's writes inside a Spring transaction are collected and sent as one
 * TransactWriteItems at commit; a rollback sends nothing; writes that cannot join are refused.
 */
class DynamiteTransactionManagerIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteTemplate template;

	private static TransactionTemplate transactions;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("springtx"))
			.tables(Account.class)
			.build();
		dynamite.sync();
		template = (DynamiteTemplate) dynamite.template();
		transactions = new TransactionTemplate(new DynamiteTransactionManager(template));
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void seed() {
		template.delete(Account.class, Filter.all());
		template.create(new Account("a1", 100));
		template.create(new Account("a2", 50));
		recorder.clear();
	}

	@Test
	void writesInsideATransactionGoOutAsOneTransactWriteItemsAtCommit() {
		transactions.executeWithoutResult((status) -> {
			template.create(new Account("a3", 10));
			Account a1 = template.findById(Account.class, "a1").orElseThrow();
			template.update(a1, Map.of("balance", 70L));
			template.delete(template.findById(Account.class, "a2").orElseThrow());
			// nothing sent yet: a read inside the transaction sees committed data
			assertThat(template.findById(Account.class, "a3")).isEmpty();
			assertThat(recorder.names()).containsOnly("GetItem");
		});

		assertThat(recorder.names()).containsExactly("GetItem", "GetItem", "GetItem", "TransactWriteItems");
		assertThat(template.findById(Account.class, "a3")).isPresent();
		assertThat(template.findById(Account.class, "a1").orElseThrow().getBalance()).isEqualTo(70);
		assertThat(template.findById(Account.class, "a2")).isEmpty();
	}

	@Test
	void aRollbackSendsNothing() {
		transactions.executeWithoutResult((status) -> {
			template.create(new Account("a4", 10));
			status.setRollbackOnly();
		});
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> transactions.executeWithoutResult((status) -> {
			template.create(new Account("a5", 10));
			throw new IllegalArgumentException("business rule");
		}));

		assertThat(recorder.names()).doesNotContain("TransactWriteItems", "PutItem");
		assertThat(template.findById(Account.class, "a4")).isEmpty();
		assertThat(template.findById(Account.class, "a5")).isEmpty();
	}

	@Test
	void aFailedConditionAtCommitWritesNothing() {
		assertThatExceptionOfType(DynamiteTransactionCanceledException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				template.create(new Account("a6", 10));
				template.create(new Account("a1", 1));
			}));
		assertThat(template.findById(Account.class, "a6")).isEmpty();
		assertThat(template.findById(Account.class, "a1").orElseThrow().getBalance()).isEqualTo(100);
	}

	@Test
	void writesThatCannotJoinAreRefusedInsideAndNothingIsSent() {
		assertThatIllegalStateException().isThrownBy(() -> transactions.executeWithoutResult((status) -> {
			template.create(new Account("a7", 10));
			template.update(Account.class, Map.of("balance", 0L), Filter.all());
		})).withMessageContaining("update(type, changes, filter)").withMessageContaining("@Transactional");
		assertThat(template.findById(Account.class, "a7")).isEmpty();
		assertThat(template.findById(Account.class, "a1").orElseThrow().getBalance()).isEqualTo(100);
	}

	@Test
	void overOneHundredActionsFailAtCommitWritingNothing() {
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 101; i++) {
				template.create(new Account("many" + i, i));
			}
		})).withMessageContaining("100");
		assertThat(template.count(Account.class, Filter.all())).isEqualTo(2);
	}
}

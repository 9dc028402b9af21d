package dev.dynamite.core;

import java.lang.ref.WeakReference;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Account;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code isPersisted}, the seed's semantics: by identity, across create, save, update, reads, destroy and commits. */
@ParameterizedClass
@EnumSource(Api.class)
class PersistedIntegrationTests {

	@Parameter
	Api api;

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("persisted", java.util.List.of(), Account.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Account.class, Filter.all());
	}

	@Test
	void aNewInstanceIsNotPersistedUntilItIsWritten() {
		Account account = new Account("p1", 1);
		assertThat(this.template.isPersisted(account)).isFalse();
		this.template.create(account);
		assertThat(this.template.isPersisted(account)).isTrue();
		// another instance with the same key is not the stored one
		assertThat(this.template.isPersisted(new Account("p1", 1))).isFalse();
	}

	@Test
	void readsSavesAndUpdatesArePersistedAndDestroyIsNot() {
		this.template.create(new Account("p2", 1));
		Account read = this.template.findById(Account.class, "p2").orElseThrow();
		assertThat(this.template.isPersisted(read)).isTrue();
		Account updated = this.template.update(read, Map.of("balance", 5L));
		assertThat(this.template.isPersisted(updated)).isTrue();
		Account saved = new Account("p3", 2);
		this.template.save(saved);
		assertThat(this.template.isPersisted(saved)).isTrue();

		this.template.destroy(updated);
		assertThat(this.template.isPersisted(updated)).isFalse();
	}

	@Test
	void inATransactionOnlyAfterTheCommit() {
		Account account = new Account("p4", 1);
		this.template.transaction((tx) -> {
			tx.create(account);
			assertThat(this.template.isPersisted(account)).isFalse();
		});
		assertThat(this.template.isPersisted(account)).isTrue();
	}

	@Test
	void instancesAreHeldWeakly() throws InterruptedException {
		Account account = this.template.create(new Account("p5", 1));
		WeakReference<Account> reference = new WeakReference<>(account);
		account = null;
		for (int i = 0; i < 50 && reference.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertThat(reference.get()).isNull();
	}
}

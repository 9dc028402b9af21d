package dev.dynamite.core.lifecycle;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTransactionCanceledException;
import dev.dynamite.core.Filter;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Lifecycle hooks, the seed's way (its src/test/hooks.ts, ported): they run only with {@code WriteOptions.hooks()},
 * several of one kind in declaration order, Before methods before the request (what they change is written), After
 * methods after it, once per item for writes by filter, and after the commit in a transaction.
 */
@ParameterizedClass
@EnumSource(Api.class)
class LifecycleHookIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("hooks", List.of(recorder), Member.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Member.class, Filter.all());
		Member.calls.clear();
		recorder.clear();
	}

	private Member stored(String id) {
		return this.template.findById(Member.class, id).orElseThrow();
	}

	@Test
	void withoutTheOptionNoHookRuns() {
		Member ann = this.template.create(new Member("Ann"));
		this.template.update(ann, Map.of("level", 2));
		this.template.destroy(ann);
		assertThat(Member.calls).isEmpty();
		assertThat(ann.getSlug()).isNull();
	}

	@Test
	void createRunsItsHooksInDeclarationOrderAndWritesWhatTheyChange() {
		Member bob = this.template.create(new Member("Bob"), WriteOptions.hooks());

		assertThat(Member.calls).containsExactly("beforeCreate", "beforeCreate2", "afterCreate");
		assertThat(bob.getSlug()).isEqualTo("bob");
		assertThat(stored(bob.getId()).getSlug()).isEqualTo("bob");
	}

	@Test
	void anInstanceUpdateGivesTheChangesToItsHooksAndWritesWhatTheyChange() {
		Member bob = this.template.create(new Member("Bob"));
		recorder.clear();

		Member bobby = this.template.update(bob, Map.of("name", "Bobby"), WriteOptions.hooks());

		assertThat(Member.calls).containsExactly("beforeUpdate:name", "afterUpdate");
		assertThat(bobby.getName()).isEqualTo("Bobby");
		assertThat(bobby.getSlug()).isEqualTo("bobby");
		assertThat(stored(bob.getId()).getSlug()).isEqualTo("bobby");
		assertThat(recorder.names()).containsExactly("UpdateItem", "GetItem");
	}

	@Test
	void saveRunsCreateHooksForANewInstanceAndUpdateHooksForAStoredOne() {
		Member cat = this.template.save(new Member("Cat"), WriteOptions.hooks());
		assertThat(Member.calls).containsExactly("beforeCreate", "beforeCreate2", "afterCreate");
		Member.calls.clear();

		cat.setNote("stored");
		this.template.save(cat, WriteOptions.hooks());
		assertThat(Member.calls).containsExactly("beforeUpdate:", "afterUpdate");
	}

	@Test
	void updateByFilterRunsTheHooksOncePerItemAndCountsExactly() {
		this.template.create(new Member("batch"));
		this.template.create(new Member("batch"));
		this.template.create(new Member("other"));

		long affected = this.template.update(Member.class, Map.of("level", 7), Filter.where("name", "batch"),
				WriteOptions.hooks());

		assertThat(affected).isEqualTo(2);
		assertThat(Member.calls.stream().filter((c) -> c.equals("beforeUpdate:level"))).hasSize(2);
		assertThat(Member.calls.stream().filter((c) -> c.equals("afterUpdate"))).hasSize(2);
		assertThat(this.template.count(Member.class, Filter.where("level", 7))).isEqualTo(2);
	}

	@Test
	void destroyAndDeleteByFilterRunTheDestroyHooks() {
		Member one = this.template.create(new Member("one"));
		this.template.destroy(one, WriteOptions.hooks());
		assertThat(Member.calls).containsExactly("beforeDestroy", "afterDestroy");
		assertThat(this.template.findById(Member.class, one.getId())).isEmpty();
		Member.calls.clear();

		this.template.create(new Member("gone"));
		this.template.create(new Member("gone"));
		assertThat(this.template.delete(Member.class, Filter.where("name", "gone"), WriteOptions.hooks())).isEqualTo(2);
		assertThat(Member.calls).containsExactly("beforeDestroy", "afterDestroy", "beforeDestroy", "afterDestroy");
		assertThat(this.template.count(Member.class, Filter.all())).isZero();
	}

	@Test
	void inATransactionAfterHooksRunOnlyAfterTheCommit() {
		Member txHook = new Member("TxHook");
		this.template.transaction((tx) -> {
			tx.create(txHook, WriteOptions.hooks());
			assertThat(Member.calls).containsExactly("beforeCreate", "beforeCreate2");
		});
		assertThat(Member.calls).containsExactly("beforeCreate", "beforeCreate2", "afterCreate");
		assertThat(stored(txHook.getId()).getSlug()).isEqualTo("txhook");

		Member.calls.clear();
		Member failing = new Member("Failing");
		assertThatExceptionOfType(DynamiteTransactionCanceledException.class).isThrownBy(() -> this.template
			.transaction((tx) -> tx.create(failing, WriteOptions.hooks()).create(stored(txHook.getId()))));
		assertThat(Member.calls).containsExactly("beforeCreate", "beforeCreate2");
	}

	@Test
	void aHookWithAWrongSignatureIsFoundAtStartUpNamingTheMethod() {
		DynamiteMappingContext context = new DynamiteMappingContext();
		assertThatIllegalArgumentExceptionOrMapping(() -> context.getRequiredPersistentEntity(BadHook.class),
				"BadHook", "@BeforeCreate", "stamp(String)", "no parameters");
	}

	private static void assertThatIllegalArgumentExceptionOrMapping(Runnable action, String... parts) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action::run);
		assertThat(thrown).isNotNull();
		String message = thrown.getMessage() + (thrown.getCause() != null ? " " + thrown.getCause().getMessage() : "");
		for (String part : parts) {
			assertThat(message).contains(part);
		}
	}

	@DynamiteTable
	static class BadHook {

		@PrimaryKey
		String id;

		@dev.dynamite.mapping.BeforeCreate
		void stamp(String when) {
		}
	}
}

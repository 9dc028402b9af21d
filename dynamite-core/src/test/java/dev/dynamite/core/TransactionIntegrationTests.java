package dev.dynamite.core;

import java.util.ArrayList;
import java.util.Collections;
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
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.User;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions are all-or-nothing at DynamoDB's size: 80 mixed actions with one failing condition leave both tables
 * unchanged and report a reason per action; 100 actions commit; 101 are refused before anything is sent.
 */
@ParameterizedClass
@EnumSource(Api.class)
class TransactionIntegrationTests {

	@Parameter
	Api api;


	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static String prefix;

	@BeforeAll
	static void start() {
		prefix = LocalDynamoDb.uniquePrefix("transactions");
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(prefix)
			.tables(User.class, Document.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		template = this.api.operations(dynamite);
		template.delete(User.class, Filter.all());
		template.delete(Document.class, Filter.all());
		for (int i = 0; i < 30; i++) {
			User user = new User("existing " + i, "e" + i + "@example.com");
			user.setId("existing-" + i);
			template.create(user);
		}
		template.save(new Document("doc", "v1"));
		recorder.clear();
	}

	@Test
	void aFailingConditionInActionSixtyOfEightyWritesNothing() {
		Map<String, List<Map<String, AttributeValue>>> before = snapshot();
		// 50 creates, 19 updates, 1 create of an existing key (action 60), 10 deletes: 80 distinct items
		assertThatThrownBy(() -> template.transaction(tx -> {
			for (int i = 1; i <= 80; i++) {
				if (i <= 50) {
					tx.create(user("new-" + i));
				}
				else if (i == 60) {
					tx.create(user("existing-9"));
				}
				else if (i <= 70) {
					tx.update(template.findById(User.class, "existing-" + (i - 51)).orElseThrow(), Map.of("role", "changed"));
				}
				else {
					tx.delete(User.class, "existing-" + (i - 51));
				}
			}
		})).isInstanceOfSatisfying(DynamiteTransactionCanceledException.class, ex -> {
			List<String> expected = new ArrayList<>(Collections.nCopies(80, "None"));
			expected.set(59, "ConditionalCheckFailed");
			assertThat(ex.getReasons()).containsExactlyElementsOf(expected);
			assertThat(ex).hasMessageContaining("ConditionalCheckFailed").hasMessageContaining("nothing was written");
		});
		assertThat(recorder.requests(TransactWriteItemsRequest.class)).singleElement()
			.satisfies(r -> assertThat(r.transactItems()).hasSize(80));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aStaleVersionInATransactionWritesNothing() {
		Document stale = template.findById(Document.class, "doc").orElseThrow();
		template.save(template.findById(Document.class, "doc").orElseThrow());
		Map<String, List<Map<String, AttributeValue>>> before = snapshot();
		stale.setTitle("stale");
		assertThatThrownBy(() -> template.transaction(tx -> {
			for (int i = 0; i < 10; i++) {
				tx.create(user("tx-" + i));
			}
			tx.save(stale);
		})).isInstanceOfSatisfying(DynamiteTransactionCanceledException.class,
				ex -> assertThat(ex.getReasons()).hasSize(11).last().isEqualTo("ConditionalCheckFailed"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void oneHundredActionsCommitAndMoreAreRefusedBeforeSending() {
		template.transaction(tx -> {
			for (int i = 0; i < 100; i++) {
				tx.create(user("hundred-" + i));
			}
		});
		assertThat(template.count(User.class, Filter.where("id").beginsWith("hundred-"))).isEqualTo(100);
		recorder.clear();
		Map<String, List<Map<String, AttributeValue>>> before = snapshot();
		recorder.clear();
		assertThatIllegalArgumentException().isThrownBy(() -> template.transaction(tx -> {
			for (int i = 0; i < 101; i++) {
				tx.create(user("over-" + i));
			}
		})).withMessageContaining("100").withMessageContaining("101").withMessageContaining("nothing was sent");
		assertThat(recorder.requests()).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	private static User user(String id) {
		User user = new User("name of " + id, id + "@example.com");
		user.setId(id);
		return user;
	}

	private static Map<String, List<Map<String, AttributeValue>>> snapshot() {
		return Map.of("users", scan("users"), "docs", scan("docs"));
	}

	private static List<Map<String, AttributeValue>> scan(String table) {
		List<Map<String, AttributeValue>> items = new ArrayList<>(dynamite.client()
			.scanPaginator(ScanRequest.builder().tableName(prefix + table).consistentRead(true).build())
			.items()
			.stream()
			.toList());
		items.sort(java.util.Comparator.comparing(Object::toString));
		return items;
	}
}

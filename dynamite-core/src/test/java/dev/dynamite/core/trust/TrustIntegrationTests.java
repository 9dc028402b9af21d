package dev.dynamite.core.trust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.UnprocessedItemsException;
import dev.dynamite.core.badinput.Gadget;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Results that must never be silently wrong: an index that lacks items is not used, in-memory order is DynamoDB's
 * order, collection arguments of {@code Containing} mean "contains all", key types follow registered converters,
 * fields are found by property and attribute name, and a refused batch is never reported as "unprocessed".
 */
@ParameterizedClass
@EnumSource(Api.class)
class TrustIntegrationTests {

	@Parameter
	Api api;


	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final BatchRefusal refusal = new BatchRefusal();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static ListenerRepository listeners;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder, refusal))
			.asyncClient(LocalDynamoDb.asyncClient(recorder, refusal))
			.tablePrefix(LocalDynamoDb.uniquePrefix("trust"))
			.converters(new BooleanAsNumber())
			.tables(Listener.class, Word.class, Flagged.class, Gadget.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
		listeners = dynamite.repository(ListenerRepository.class);
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		template = this.api.operations(dynamite);
		listeners = this.api.repository(dynamite, ListenerRepository.class);
		template.delete(Listener.class, Filter.all());
		template.saveAll(List.of(new Listener("l1", "Ann", "pc", 3, Set.of("a", "b")),
				new Listener("l2", "Bob", "pc", 1, Set.of("a")), new Listener("l3", "Ann", "pc", null, Set.of("a", "b", "c")),
				new Listener("l4", "Cid", "pc", null, Set.of("c")), new Listener("l5", "Ann", "other", 2, Set.of("b"))));
		recorder.clear();
	}

	@Test
	void aGsiWhoseSortKeyItemsMayLackIsNotUsedForEqualityOnItsPartitionKeyAlone() {
		assertThat(template.where(Listener.class, Filter.where("postCode", "pc"))).extracting(Listener::getId)
			.containsExactlyInAnyOrder("l1", "l2", "l3", "l4");
		assertThat(template.count(Listener.class, Filter.where("postCode", "pc"))).isEqualTo(4);
		assertThat(listeners.countByPostCode("pc")).isEqualTo(4);
		assertThat(listeners.findByNameAndPostCode("Ann", "pc")).extracting(Listener::getId)
			.containsExactlyInAnyOrder("l1", "l3");
		assertThat(recorder.names()).containsOnly("Scan");
	}

	@Test
	void aGsiWithASortKeyIsUsedWhenTheFilterRequiresItsSortKey() {
		assertThat(template.where(Listener.class, Filter.where("postCode", "pc").and("numberOfPlaylists").gt(0)))
			.extracting(Listener::getId).containsExactly("l2", "l1");
		assertThat(template.where(Listener.class, Filter.where("postCode", "pc").and("numberOfPlaylists").exists()))
			.extracting(Listener::getId).containsExactlyInAnyOrder("l1", "l2");
		assertThat(recorder.names()).containsExactly("Query", "Query");
		assertThat(recorder.requests(QueryRequest.class)).allSatisfy(q -> assertThat(q.indexName()).isEqualTo("by_post_code"));
	}

	@Test
	void inMemoryOrderIsDynamoDbsUtf8ByteOrder() {
		template.delete(Word.class, Filter.all());
		List<String> texts = List.of("a", "\uD83D\uDE00", "\uFF5E", "z", "\u00e9", "\uE000", "A");
		for (int i = 0; i < texts.size(); i++) {
			template.create(new Word("w", texts.get(i), i));
		}
		List<String> dynamoOrder = template.where(Word.class, Filter.where("lang", "w")).stream().map(Word::text).toList();
		assertThat(dynamoOrder).containsExactly("A", "a", "z", "\u00e9", "\uE000", "\uFF5E", "\uD83D\uDE00");
		// a Scan (a filter on a non-key field) is ordered in memory: the same order, the same windows
		Filter scanned = Filter.where("rank").ge(0);
		assertThat(template.where(Word.class, scanned).stream().map(Word::text).toList()).isEqualTo(dynamoOrder);
		QueryOptions window = QueryOptions.builder().skip(4).limit(2).build();
		assertThat(template.where(Word.class, scanned, window).stream().map(Word::text).toList())
			.isEqualTo(template.where(Word.class, Filter.where("lang", "w"), window).stream().map(Word::text).toList())
			.containsExactly("\uE000", "\uFF5E");
		assertThat(template.last(Word.class, scanned)).map(Word::text).contains("\uD83D\uDE00");
	}

	@Test
	void containingWithACollectionMatchesItemsHoldingEveryElement() {
		assertThat(listeners.findAllByTagsContaining(Set.of("a", "b"))).extracting(Listener::getId)
			.containsExactlyInAnyOrder("l1", "l3");
		assertThat(listeners.findAllByTagsContaining("c")).extracting(Listener::getId).containsExactlyInAnyOrder("l3", "l4");
		assertThat(template.where(Listener.class, Filter.where("tags").contains(Set.of("b")))).extracting(Listener::getId)
			.containsExactlyInAnyOrder("l1", "l3", "l5");
	}

	@Test
	void aDerivedDeleteReturningVoidIsAcceptedAndDeletes() {
		listeners.deleteByIdAndName("l1", "Bob");
		assertThat(listeners.existsById("l1")).isTrue();
		listeners.deleteByIdAndName("l1", "Ann");
		assertThat(listeners.existsById("l1")).isFalse();
	}

	@Test
	void aBooleanIndexSortKeyStoredAsANumberByItsConverterIsAccepted() {
		template.saveAll(List.of(new Flagged("f1", "k", true), new Flagged("f2", "k", false), new Flagged("f3", "k", true)));
		recorder.clear();
		assertThat(template.where(Flagged.class, Filter.where("kind", "k").and("flag", true))).extracting(Flagged::getId)
			.containsExactlyInAnyOrder("f1", "f3");
		assertThat(recorder.requests(QueryRequest.class)).singleElement()
			.satisfies(q -> assertThat(q.indexName()).isEqualTo("by_kind"));
		Map<String, AttributeValue> raw = dynamite.client()
			.getItem(r -> r.tableName(template.getMappingContext().getRequiredPersistentEntity(Flagged.class).getTableName())
				.key(Map.of("id", AttributeValue.fromS("f1"))))
			.item();
		assertThat(raw.get("flag")).isEqualTo(AttributeValue.fromN("1"));
	}

	@Test
	void fieldsAreFoundByPropertyNameAndByAttributeNameEverywhere() {
		assertThat(template.count(Listener.class, Filter.where("createdAt").exists())).isEqualTo(5);
		assertThat(template.count(Listener.class, Filter.where("created_at").exists())).isEqualTo(5);
		assertThat(template.where(Listener.class, Filter.where("post_code", "other"))).extracting(Listener::getId)
			.containsExactly("l5");
		assertThat(template.where(Listener.class, Filter.all(),
				QueryOptions.builder().sort(Sort.by(Sort.Direction.DESC, "createdAt")).attributes("createdAt").build()))
			.extracting(Listener::getId).containsExactly("l5", "l4", "l3", "l2", "l1");
		assertThat(template.update(Listener.class, Map.of("number_of_playlists", 9), Filter.where("id", "l4"))).isEqualTo(1);
		assertThat(template.findById(Listener.class, "l4")).map(Listener::getNumberOfPlaylists).contains(9);
	}

	@Test
	void aBatchDynamoDbRefusesIsReportedAsTheRefusalNeverAsUnprocessed() {
		List<Gadget> gadgets = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Gadget gadget = new Gadget("r" + i, "refused");
			gadget.setAmount(BigDecimal.valueOf(i));
			gadgets.add(gadget);
		}
		refusal.refuseCall(3);
		try {
			assertThatThrownBy(() -> template.saveAll(gadgets)).isInstanceOf(InvalidDataAccessApiUsageException.class)
				.isNotInstanceOf(UnprocessedItemsException.class)
				.hasMessageContaining("gadgets");
		}
		finally {
			refusal.refuseCall(0);
		}
	}

	/** Makes one BatchWriteItem call invalid (a number DynamoDB refuses), so DynamoDB answers with a 400 error. */
	static final class BatchRefusal implements ExecutionInterceptor {

		private final AtomicInteger calls = new AtomicInteger();

		private volatile int refused;

		void refuseCall(int call) {
			this.calls.set(0);
			this.refused = call;
		}

		@Override
		public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
			if (!(context.request() instanceof BatchWriteItemRequest batch) || this.refused == 0
					|| this.calls.incrementAndGet() != this.refused) {
				return context.request();
			}
			Map<String, List<WriteRequest>> items = new HashMap<>();
			batch.requestItems().forEach((table, writes) -> {
				List<WriteRequest> changed = new ArrayList<>(writes);
				Map<String, AttributeValue> item = new HashMap<>(changed.get(0).putRequest().item());
				item.put("amount", AttributeValue.fromN("1".repeat(39)));
				changed.set(0, WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
				items.put(table, changed);
			});
			return batch.toBuilder().requestItems(items).build();
		}
	}
}

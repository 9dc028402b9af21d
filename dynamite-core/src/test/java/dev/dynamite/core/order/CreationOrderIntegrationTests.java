package dev.dynamite.core.order;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.Sort;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SchemaMismatchException;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RequestMeter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @CreatedAt(indexed = true)}: reads in the natural order with a limit become Queries on the creation-order
 * index that read about skip + limit items, and answer exactly what the same entity without the index answers,
 * ties within one millisecond included, with one shard or four.
 */
class CreationOrderIntegrationTests {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final Instant base = Instant.parse("2026-01-01T00:00:00Z");

	private static final RequestMeter meter = new RequestMeter();

	private static final String prefix = LocalDynamoDb.uniquePrefix("order");

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(meter))
			.tablePrefix(prefix)
			.tables(Posts.Plain.class, Posts.Indexed.class, Posts.Sharded.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
		List<Posts.Post> plain = new ArrayList<>();
		List<Posts.Post> indexed = new ArrayList<>();
		List<Posts.Post> sharded = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			// three posts share each millisecond: ties that only the key orders
			String createdAt = ISO.format(base.plusMillis(i / 3));
			String id = UUID.randomUUID().toString();
			String role = (i % 10 == 0) ? "admin" : "customer";
			plain.add(post(new Posts.Plain(), id, role, i, createdAt));
			indexed.add(post(new Posts.Indexed(), id, role, i, createdAt));
			sharded.add(post(new Posts.Sharded(), id, role, i, createdAt));
		}
		template.saveAll(plain);
		template.saveAll(indexed);
		template.saveAll(sharded);
	}

	private static Posts.Post post(Posts.Post post, String id, String role, int n, String createdAt) {
		post.setId(id);
		post.setRole(role);
		post.setN(n);
		post.setCreatedAt(createdAt);
		return post;
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		meter.clear();
	}

	private static QueryOptions limit(int skip, int limit, Sort.Direction order) {
		return QueryOptions.builder().skip(skip).limit(limit).order(order).build();
	}

	static Stream<Arguments> reads() {
		String tieTime = ISO.format(base.plusMillis(40));
		List<Arguments> reads = List.of(
				Arguments.of("first()", (BiFunction<Class<? extends Posts.Post>, Object, List<String>>) (type, x) ->
						ids(template.first(type, Filter.all()).stream().toList())),
				Arguments.of("last()", (BiFunction<Class<? extends Posts.Post>, Object, List<String>>) (type, x) ->
						ids(template.last(type, Filter.all()).stream().toList())),
				Arguments.of("limit 10", read(Filter.all(), limit(0, 10, Sort.Direction.ASC))),
				Arguments.of("skip 100 limit 10", read(Filter.all(), limit(100, 10, Sort.Direction.ASC))),
				Arguments.of("skip 5 limit 7 desc", read(Filter.all(), limit(5, 7, Sort.Direction.DESC))),
				Arguments.of("skip 1 limit 2 (cuts a tie)", read(Filter.all(), limit(1, 2, Sort.Direction.ASC))),
				Arguments.of("admins limit 5", read(Filter.where("role", "admin"), limit(0, 5, Sort.Direction.ASC))),
				Arguments.of("admins skip 3 limit 4 desc",
						read(Filter.where("role", "admin"), limit(3, 4, Sort.Direction.DESC))),
				Arguments.of("created at or after a tie, limit 6",
						read(Filter.where("createdAt").ge(tieTime), limit(0, 6, Sort.Direction.ASC))),
				Arguments.of("created before a tie, limit 4 desc",
						read(Filter.where("createdAt").lt(tieTime), limit(0, 4, Sort.Direction.DESC))),
				Arguments.of("n > 250 limit 8", read(Filter.where("n").gt(250), limit(0, 8, Sort.Direction.ASC))),
				Arguments.of("limit past the end", read(Filter.all(), limit(290, 50, Sort.Direction.ASC))),
				Arguments.of("admins sorted by createdAt desc, limit 3", read(Filter.where("role", "admin"),
						QueryOptions.builder().limit(3).sort(Sort.by(Sort.Direction.DESC, "createdAt")).build())),
				Arguments.of("sorted by createdAt asc, skip 2 limit 5", read(Filter.all(),
						QueryOptions.builder().skip(2).limit(5).sort(Sort.by("createdAt")).build())));
		return reads.stream();
	}

	private static BiFunction<Class<? extends Posts.Post>, Object, List<String>> read(Filter filter, QueryOptions options) {
		return (type, x) -> ids(template.where(type, filter, options));
	}

	private static List<String> ids(List<? extends Posts.Post> posts) {
		return posts.stream().map((p) -> p.getCreatedAt() + " " + p.getId()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reads")
	void theIndexAnswersExactlyWhatAScanAnswers(String name,
			BiFunction<Class<? extends Posts.Post>, Object, List<String>> read) {
		List<String> expected = read.apply(Posts.Plain.class, null);
		assertThat(expected).isNotEmpty();
		meter.clear();

		assertThat(read.apply(Posts.Indexed.class, null)).isEqualTo(expected);
		assertThat(meter.requests()).containsOnlyKeys("Query");
		meter.clear();

		assertThat(read.apply(Posts.Sharded.class, null)).isEqualTo(expected);
		assertThat(meter.requests()).containsOnlyKeys("Query");
	}

	/** Posts whose creation times Dynamite wrote: strictly increasing, no ties. */
	private static DynamiteOperations untied() {
		Dynamite untied = Dynamite.builder()
			.client(LocalDynamoDb.client(meter))
			.tablePrefix(LocalDynamoDb.uniquePrefix("untied"))
			.tables(Posts.Indexed.class, Posts.Sharded.class)
			.build();
		untied.sync();
		List<Posts.Post> posts = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			posts.add(post(new Posts.Indexed(), UUID.randomUUID().toString(), "customer", i, null));
			posts.add(post(new Posts.Sharded(), UUID.randomUUID().toString(), "customer", i, null));
		}
		untied.template().saveAll(posts);
		meter.clear();
		return untied.template();
	}

	@Test
	void firstAndLastReadTwoItemsInOneQuery() {
		DynamiteOperations untied = untied();
		assertThat(untied.first(Posts.Indexed.class, Filter.all())).map(Posts.Post::getN).contains(0);
		assertThat(meter.requests()).containsExactlyEntriesOf(Map.of("Query", 1));
		assertThat(meter.itemsRead()).isEqualTo(2);
		meter.clear();

		assertThat(untied.last(Posts.Indexed.class, Filter.all())).map(Posts.Post::getN).contains(299);
		assertThat(meter.itemsRead()).isEqualTo(2);
		QueryRequest query = meter.sent(QueryRequest.class).get(0);
		assertThat(query.indexName()).isEqualTo("dynamite_created_1");
		assertThat(query.scanIndexForward()).isFalse();
		assertThat(query.limit()).isEqualTo(2);
	}

	@Test
	void aSkipAndLimitReadsSkipPlusLimitItemsAndOneMorePerShard() {
		DynamiteOperations untied = untied();
		assertThat(untied.where(Posts.Indexed.class, Filter.all(), limit(100, 10, Sort.Direction.ASC)))
			.extracting(Posts.Post::getN)
			.containsExactly(100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
		assertThat(meter.requests()).containsExactlyEntriesOf(Map.of("Query", 1));
		assertThat(meter.itemsRead()).isEqualTo(111);
		meter.clear();

		assertThat(untied.where(Posts.Sharded.class, Filter.all(), limit(100, 10, Sort.Direction.ASC)))
			.extracting(Posts.Post::getN)
			.containsExactly(100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
		assertThat(meter.requests()).containsExactlyEntriesOf(Map.of("Query", 4));
		assertThat(meter.itemsRead()).isLessThanOrEqualTo(4 * 111);
	}

	@Test
	void syncCreatesTheIndexAndEveryPutWritesItsShard() {
		List<GlobalSecondaryIndexDescription> indexes = dynamite.client()
			.describeTable((r) -> r.tableName(prefix + "sharded_posts"))
			.table()
			.globalSecondaryIndexes();
		assertThat(indexes).extracting(GlobalSecondaryIndexDescription::indexName).containsExactly("dynamite_created_4");
		long items = 0;
		for (int shard = 0; shard < 4; shard++) {
			String value = Integer.toString(shard);
			long count = dynamite.client().query((r) -> r.tableName(prefix + "sharded_posts")
				.indexName("dynamite_created_4")
				.keyConditionExpression("#s = :s")
				.expressionAttributeNames(Map.of("#s", "dynamite_created_4"))
				.expressionAttributeValues(Map.of(":s", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value)))
				.select("COUNT")).count();
			assertThat(count).as("shard %s", shard).isBetween(30L, 120L);
			items += count;
		}
		assertThat(items).isEqualTo(300);
	}

	@Test
	void derivedTopAndFirstMethodsAreOneQueryOnTheIndex() {
		DynamiteOperations untied = untied();
		IndexedPosts posts = dynamite.repository(IndexedPosts.class);
		List<Posts.Indexed> top = posts.findTop3ByRoleOrderByCreatedAtDesc("admin");
		assertThat(top).extracting(Posts.Post::getN).containsExactly(290, 280, 270);
		assertThat(meter.requests()).containsExactlyEntriesOf(Map.of("Query", 1));
		assertThat(meter.sent(QueryRequest.class).get(0).indexName()).isEqualTo("dynamite_created_1");
		// n = 1 and n = 2 share a millisecond: the key decides, as for the entity without the index
		int expected = template.first(Posts.Plain.class, Filter.where("role", "customer")).orElseThrow().getN();
		meter.clear();
		assertThat(posts.findFirstByRole("customer")).map(Posts.Post::getN).contains(expected);
		assertThat(meter.requests()).containsOnlyKeys("Query");
		assertThat(untied).isNotNull();
	}

	interface IndexedPosts extends dev.dynamite.repository.DynamiteRepository<Posts.Indexed, String> {

		List<Posts.Indexed> findTop3ByRoleOrderByCreatedAtDesc(String role);

		java.util.Optional<Posts.Indexed> findFirstByRole(String role);
	}

	@Test
	void addingTheIndexToATableWithItemsWritesTheirShards() {
		String other = LocalDynamoDb.uniquePrefix("backfill");
		List<String> created = new ArrayList<>();
		try (Dynamite before = Dynamite.builder().client(LocalDynamoDb.client()).tablePrefix(other)
			.tables(Posts.IndexedBefore.class).build()) {
			before.sync();
			for (int i = 0; i < 50; i++) {
				created.add(before.template().create(post(new Posts.IndexedBefore(), "id" + i, "customer", i, null)).getId());
			}
		}
		try (Dynamite after = Dynamite.builder().client(LocalDynamoDb.client()).tablePrefix(other)
			.tables(Posts.Indexed.class).build()) {
			assertThat(after.sync()).extracting(SchemaChange::action).containsExactly(SchemaChange.Action.ADDED_INDEX);
			assertThat(after.template().where(Posts.Indexed.class, Filter.all(), limit(10, 5, Sort.Direction.DESC)))
				.extracting(Posts.Post::getId)
				.containsExactly(created.get(39), created.get(38), created.get(37), created.get(36), created.get(35));
			assertThat(after.client().query((r) -> r.tableName(other + "indexed_posts")
				.indexName("dynamite_created_1")
				.keyConditionExpression("#s = :s")
				.expressionAttributeNames(Map.of("#s", "dynamite_created_1"))
				.expressionAttributeValues(Map.of(":s", AttributeValue.fromS("0")))
				.select("COUNT")).count()).isEqualTo(50);
		}
	}

	@Test
	void anExistingItemWithoutACreationTimeStopsSyncBeforeTheIndexIsAdded() {
		String other = LocalDynamoDb.uniquePrefix("undated");
		try (Dynamite before = Dynamite.builder().client(LocalDynamoDb.client()).tablePrefix(other)
			.tables(Posts.Undated.class).build()) {
			before.sync();
			for (int i = 0; i < 3; i++) {
				before.template().create(post(new Posts.Undated(), "id" + i, "customer", i, null));
			}
		}
		try (Dynamite after = Dynamite.builder().client(LocalDynamoDb.client()).tablePrefix(other)
			.tables(Posts.Indexed.class).build()) {
			assertThatExceptionOfType(SchemaMismatchException.class).isThrownBy(after::sync)
				.withMessageContaining("3 item(s) without 'createdAt'")
				.withMessageContaining("indexed = true");
			assertThat(after.client().describeTable((r) -> r.tableName(other + "indexed_posts")).table()
				.globalSecondaryIndexes()).isEmpty();
		}
	}

	@Test
	void readsWithoutALimitOrWithAnotherOrderKeepTheirPlans() {
		assertThat(template.where(Posts.Indexed.class, Filter.all())).hasSize(300);
		assertThat(template.count(Posts.Indexed.class, Filter.all())).isEqualTo(300);
		assertThat(template.where(Posts.Indexed.class, Filter.all(),
				QueryOptions.builder().limit(3).sort(Sort.by("n")).build())).extracting(Posts.Post::getN)
			.containsExactly(0, 1, 2);
		assertThat(meter.requests()).containsOnlyKeys("Scan");
	}
}

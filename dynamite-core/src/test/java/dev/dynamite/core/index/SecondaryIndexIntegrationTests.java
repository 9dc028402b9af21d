package dev.dynamite.core.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.model.Score;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Local indexes, several global indexes on one attribute, and reads through KEYS_ONLY and INCLUDE indexes, on DynamoDB
 * Local: which index answers, and that the answer is the same as a Scan's.
 */
class SecondaryIndexIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static final List<Score> scores = new ArrayList<>();

	private static final String prefix = LocalDynamoDb.uniquePrefix("indexes");

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder().client(LocalDynamoDb.client(recorder)).tablePrefix(prefix).tables(Score.class).build();
		dynamite.sync();
		template = dynamite.template();
		for (int p = 0; p < 10; p++) {
			for (int g = 0; g < 30; g++) {
				Score score = new Score("p" + p, "g%03d".formatted(g), (p * 31 + g * 7) % 500, g % 2 == 0 ? "eu" : "us",
						"nick-" + p, "t" + (g % 3));
				score.setPlayed(g % 5 == 0 ? null : Instant.ofEpochSecond(1_700_000_000L + g * 60 + p));
				if (g % 4 == 0) {
					score.setLevel("expert");
				}
				scores.add(score);
			}
		}
		template.saveAll(scores);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	private static List<Score> expected(java.util.function.Predicate<Score> filter, Comparator<Score> order) {
		return scores.stream().filter(filter).sorted(order).toList();
	}

	private static List<String> ids(List<Score> list) {
		return list.stream().map((s) -> s.getPlayer() + "/" + s.getGame()).toList();
	}

	@Test
	void syncCreatesLocalAndGlobalIndexesWithTheirProjections() {
		TableDescription table = dynamite.client()
			.describeTable((r) -> r.tableName(prefix + "scores"))
			.table();
		assertThat(table.localSecondaryIndexes()).extracting(LocalSecondaryIndexDescription::indexName,
				(index) -> index.projection().projectionType())
			.containsExactlyInAnyOrder(tuple("by_points", ProjectionType.ALL), tuple("by_level", ProjectionType.KEYS_ONLY));
		Map<String, GlobalSecondaryIndexDescription> globals = table.globalSecondaryIndexes()
			.stream()
			.collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, Function.identity()));
		assertThat(globals).containsOnlyKeys("region_points", "region_played", "by_nickname", "by_team");
		assertThat(globals.get("by_nickname").projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
		assertThat(globals.get("by_team").projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
		assertThat(globals.get("by_team").projection().nonKeyAttributes()).containsExactly("nickname");
	}

	@Test
	void partitionEqualityWithAConditionOnALocalIndexSortKeyIsAQueryOnThatIndexInBothOrders() {
		Filter filter = Filter.where("player", "p3").and("points").gt(100);
		List<Score> ascending = template.where(Score.class, filter, QueryOptions.builder().limit(4).build());
		List<Score> descending = template.where(Score.class, filter,
				QueryOptions.builder().skip(2).limit(4).order(Sort.Direction.DESC).build());

		List<Score> all = expected((s) -> s.getPlayer().equals("p3") && s.getPoints() > 100,
				Comparator.comparingInt(Score::getPoints));
		assertThat(ids(ascending)).isEqualTo(ids(all.subList(0, 4)));
		List<Score> reversed = new ArrayList<>(all);
		java.util.Collections.reverse(reversed);
		assertThat(ids(descending)).isEqualTo(ids(reversed.subList(2, 6)));
		List<QueryRequest> queries = recorder.requests(QueryRequest.class);
		assertThat(queries).extracting(QueryRequest::indexName).containsOnly("by_points");
		assertThat(queries).extracting(QueryRequest::scanIndexForward).containsExactly(true, false);
		assertThat(queries).extracting(QueryRequest::limit).containsExactly(4, 6);
		assertThat(recorder.names()).containsExactly("Query", "Query");
	}

	@Test
	void aLocalIndexAllowsStronglyConsistentReads() {
		List<Score> read = template.where(Score.class, Filter.where("player", "p1").and("points").between(0, 250),
				QueryOptions.builder().consistentRead(true).build());

		assertThat(read).isNotEmpty().allSatisfy((s) -> assertThat(s.getPoints()).isBetween(0, 250));
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(query.indexName()).isEqualTo("by_points");
		assertThat(query.consistentRead()).isTrue();
	}

	@Test
	void aKeysOnlyLocalIndexFetchesWholeEntitiesWithBatchGetItem() {
		List<Score> experts = template.where(Score.class, Filter.where("player", "p2").and("level", "expert"));

		assertThat(experts).hasSize(8).allSatisfy((s) -> {
			assertThat(s.getComment()).isEqualTo("score p2/" + s.getGame());
			assertThat(s.getRegion()).isNotNull();
		});
		assertThat(recorder.requests(QueryRequest.class).get(0).indexName()).isEqualTo("by_level");
		assertThat(recorder.names()).containsExactly("Query", "BatchGetItem");
	}

	@Test
	void ofTwoGlobalIndexesOnOneAttributeTheOneWithASortConditionAnswers() {
		Instant from = Instant.ofEpochSecond(1_700_000_000L + 20 * 60);
		List<Score> recent = template.where(Score.class, Filter.where("region", "eu").and("played").ge(from));
		List<Score> top = template.where(Score.class, Filter.where("region", "eu").and("points").ge(400));
		List<Score> all = template.where(Score.class, Filter.where("region", "eu"));

		assertThat(ids(recent)).containsExactlyInAnyOrderElementsOf(ids(expected((s) -> s.getRegion().equals("eu")
				&& s.getPlayed() != null && !s.getPlayed().isBefore(from), Comparator.comparing(Score::getPlayer))));
		assertThat(ids(top)).containsExactlyInAnyOrderElementsOf(ids(expected((s) -> s.getRegion().equals("eu")
				&& s.getPoints() >= 400, Comparator.comparing(Score::getPlayer))));
		assertThat(all).hasSize(150);
		assertThat(recorder.requests(QueryRequest.class)).extracting(QueryRequest::indexName)
			.containsExactly("region_played", "region_points", "region_points");
	}

	@Test
	void aKeysOnlyGlobalIndexFetchesWholeEntitiesWithBatchGetItem() {
		List<Score> read = template.where(Score.class, Filter.where("nickname", "nick-4"));

		assertThat(read).hasSize(30).allSatisfy((s) -> {
			assertThat(s.getComment()).isEqualTo("score p4/" + s.getGame());
			assertThat(s.getTeam()).isNotNull();
		});
		assertThat(ids(read)).isEqualTo(ids(expected((s) -> s.getNickname().equals("nick-4"),
				Comparator.comparing(Score::getPlayer).thenComparing(Score::getGame))));
		assertThat(recorder.names()).containsExactly("Query", "BatchGetItem");
		assertThat(recorder.requests(QueryRequest.class).get(0).indexName()).isEqualTo("by_nickname");
		assertThat(recorder.requests(BatchGetItemRequest.class).get(0).requestItems().values().iterator().next().keys())
			.hasSize(30);
	}

	@Test
	void anIndexThatHoldsTheRequestedAttributesAnswersAlone() {
		List<Score> read = template.where(Score.class, Filter.where("team", "t1"),
				QueryOptions.builder().attributes("nickname", "points").build());

		assertThat(read).hasSize(100).allSatisfy((s) -> {
			assertThat(s.getNickname()).startsWith("nick-");
			assertThat(s.getComment()).isNull();
		});
		assertThat(recorder.names()).containsExactly("Query");
		assertThat(recorder.requests(QueryRequest.class).get(0).indexName()).isEqualTo("by_team");
	}

	@Test
	void fetchedItemsKeepTheIndexOrderAndTheLimit() {
		List<Score> read = template.where(Score.class, Filter.where("team", "t2"),
				QueryOptions.builder().skip(3).limit(7).order(Sort.Direction.DESC).build());

		List<Score> all = expected((s) -> s.getTeam().equals("t2"),
				Comparator.comparingInt(Score::getPoints).reversed());
		assertThat(read).extracting(Score::getPoints)
			.isEqualTo(all.subList(3, 10).stream().map(Score::getPoints).toList());
		assertThat(read).allSatisfy((s) -> assertThat(s.getComment()).isNotNull());
		assertThat(recorder.names()).containsExactly("Query", "BatchGetItem");
		assertThat(recorder.requests(QueryRequest.class).get(0).limit()).isEqualTo(10);
	}

	@Test
	void aFetchOfMoreThanOneHundredItemsIsSplitAndCountUsesTheIndexAlone() {
		List<Score> read = template.where(Score.class, Filter.where("team", "t0"));
		long count = template.count(Score.class, Filter.where("team", "t0"));

		assertThat(read).hasSize(100);
		assertThat(count).isEqualTo(100);
		assertThat(recorder.names()).containsExactly("Query", "BatchGetItem", "Query");
		assertThat(template.where(Score.class, Filter.where("nickname", List.of("nick-1", "nick-2", "nick-3", "nick-5"))))
			.hasSize(120)
			.allSatisfy((s) -> assertThat(s.getComment()).isNotNull());
	}

	@Test
	void aFilterOnAnAttributeTheIndexLacksIsNotAnsweredByThatIndex() {
		List<Score> read = template.where(Score.class, Filter.where("team", "t1").and("comment", "score p1/g004"));

		assertThat(ids(read)).containsExactly("p1/g004");
		assertThat(recorder.names()).containsExactly("Scan");
	}

	@Test
	void deleteAndUpdateByFilterReadOnlyKeysFromAKeysOnlyIndex() {
		Score extra = template.create(new Score("p99", "g000", 1, "eu", "nick-99", "t9"));
		recorder.clear();

		assertThat(template.update(Score.class, Map.of("comment", "changed"), Filter.where("nickname", "nick-99"))).isEqualTo(1);
		assertThat(recorder.names()).containsExactly("Query", "UpdateItem");
		assertThat(template.delete(Score.class, Filter.where("nickname", "nick-99"))).isEqualTo(1);
		assertThat(template.findById(Score.class, dev.dynamite.core.Key.of(extra.getPlayer(), extra.getGame()))).isEmpty();
	}
}

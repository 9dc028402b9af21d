package dev.dynamite.core.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.Score;
import dev.dynamite.core.model.User;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which read the planner chooses, without a database. */
class QueryPlannerTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final QueryPlanner planner = new QueryPlanner(new DynamiteConverter(this.context));

	private final DynamitePersistentEntity<?> orders = this.context.getRequiredPersistentEntity(Order.class);

	private final DynamitePersistentEntity<?> users = this.context.getRequiredPersistentEntity(User.class);

	private final DynamitePersistentEntity<?> scores = this.context.getRequiredPersistentEntity(Score.class);

	private ReadPlan.Operation plan(DynamitePersistentEntity<?> entity, Filter filter) {
		return this.planner.plan(entity, filter, QueryOptions.none()).operation();
	}

	@Test
	void theFullKeyByEqualityIsAGetItem() {
		assertThat(plan(this.orders, Filter.where("customer", "c1").and("number", 1))).isInstanceOf(ReadPlan.GetItem.class);
	}

	@Test
	void thePartitionKeyInAListIsABatchGetOfTheDistinctKeys() {
		ReadPlan.Operation operation = plan(this.users, Filter.where("id").in(List.of("a", "b", "a")));
		assertThat(operation).isInstanceOf(ReadPlan.BatchGet.class);
		assertThat(((ReadPlan.BatchGet) operation).keys()).hasSize(2);
	}

	@Test
	void aPartitionWithASortConditionIsAnOrderedQueryThatStopsAtTheLimit() {
		ReadPlan plan = this.planner.plan(this.orders, Filter.where("customer", "c1").and("number").gt(5),
				QueryOptions.builder().limit(3).build());
		ReadPlan.Query query = (ReadPlan.Query) plan.operation();
		assertThat(query.index()).isNull();
		assertThat(query.sortCondition()).isNotNull();
		assertThat(plan.inMemoryOrder()).isNull();
		assertThat(plan.enough()).isEqualTo(3);
	}

	@Test
	void equalityOnAnIndexWhoseSortKeyEveryItemHasIsAQueryOnTheIndex() {
		ReadPlan.Query query = (ReadPlan.Query) plan(this.orders, Filter.where("status", "open"));
		assertThat(query.indexName()).isEqualTo("by_status");
	}

	@Test
	void anythingElseIsAScanOrderedInMemory() {
		ReadPlan plan = this.planner.plan(this.users, Filter.where("name", "Ann"), QueryOptions.builder().limit(1).build());
		assertThat(plan.operation()).isInstanceOf(ReadPlan.Scan.class);
		assertThat(plan.inMemoryOrder()).isNotNull();
		assertThat(plan.enough()).isEqualTo(-1);
	}

	@Test
	void consistentReadsOnAGlobalIndexAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.planner.plan(this.orders, Filter.where("status", "open"),
				QueryOptions.builder().consistentRead(true).build())).withMessageContaining("by_status");
	}

	@Test
	void aKeysOnlyReadProjectsTheKeys() {
		ReadPlan plan = this.planner.planKeys(this.orders, Filter.where("status", "open"));
		assertThat(plan.projection()).containsExactly("customer", "number");
	}

	@Test
	void partitionEqualityWithALocalIndexSortConditionBeatsTheTableQueryWithAFilter() {
		ReadPlan.Query query = (ReadPlan.Query) plan(this.scores, Filter.where("player", "p1").and("points").gt(10));
		assertThat(query.indexName()).isEqualTo("by_points");
		assertThat(query.sortCondition()).isNotNull();
		assertThat(query.filter().kind()).isEqualTo(Filter.Kind.ALL);
	}

	@Test
	void theTableAnswersWhenNoIndexHasASortCondition() {
		ReadPlan.Query query = (ReadPlan.Query) plan(this.scores, Filter.where("player", "p1").and("comment", "x"));
		assertThat(query.index()).isNull();
	}

	@Test
	void aSortKeyConditionBeatsEqualityAloneAmongGlobalIndexesOnOneAttribute() {
		assertThat(((ReadPlan.Query) plan(this.scores, Filter.where("region", "eu").and("points").lt(5))).indexName())
			.isEqualTo("region_points");
		assertThat(((ReadPlan.Query) plan(this.scores, Filter.where("region", "eu").and("played").ge(java.time.Instant.EPOCH))).indexName())
			.isEqualTo("region_played");
	}

	@Test
	void onePartitionValueBeatsSeveral() {
		ReadPlan.Query query = (ReadPlan.Query) plan(this.scores,
				Filter.where("player").in(List.of("p1", "p2")).and("region", "eu").and("comment", "x"));
		assertThat(query.indexName()).isEqualTo("region_points");
		assertThat(query.partitionValues()).hasSize(1);
	}

	@Test
	void anIndexThatMayLackMatchingItemsIsNeverChosen() {
		// region_played lacks the scores without 'played'; region_points holds every score (points is a primitive)
		assertThat(((ReadPlan.Query) plan(this.scores, Filter.where("region", "eu"))).indexName()).isEqualTo("region_points");
	}

	@Test
	void anIndexHoldingWholeItemsBeatsOneThatNeedsThemFetched() {
		ReadPlan.Query fetched = (ReadPlan.Query) plan(this.scores, Filter.where("team", "t1"));
		assertThat(fetched.indexName()).isEqualTo("by_team");
		assertThat(fetched.fetch()).isTrue();
		ReadPlan.Query held = (ReadPlan.Query) this.planner
			.plan(this.scores, Filter.where("team", "t1"), QueryOptions.builder().attributes("nickname").build())
			.operation();
		assertThat(held.fetch()).isFalse();
	}

	@Test
	void aConsistentReadPrefersALocalIndexAndRefusesAGlobalOne() {
		ReadPlan.Query local = (ReadPlan.Query) this.planner
			.plan(this.scores, Filter.where("player", "p1").and("points").gt(10),
					QueryOptions.builder().consistentRead(true).build())
			.operation();
		assertThat(local.indexName()).isEqualTo("by_points");
		assertThatIllegalArgumentException().isThrownBy(() -> this.planner.plan(this.scores,
				Filter.where("nickname", "n"), QueryOptions.builder().consistentRead(true).build()))
			.withMessageContaining("by_nickname");
	}
}

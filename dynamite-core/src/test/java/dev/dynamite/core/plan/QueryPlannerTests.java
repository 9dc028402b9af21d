package dev.dynamite.core.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.Order;
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
}

package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.User;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.mapping.DynamiteMappingContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/** Order, skip, limit and trim of a read's answer, without a database. */
class ResultShaperTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final QueryPlanner planner = new QueryPlanner(new DynamiteConverter(this.context));

	private static Map<String, AttributeValue> user(String id, String createdAt) {
		return Map.of("id", AttributeValue.fromS(id), "name", AttributeValue.fromS("n" + id), "created_at",
				AttributeValue.fromS(createdAt));
	}

	@Test
	void aScanIsOrderedByCreationThenSkippedLimitedAndTrimmed() {
		ReadPlan plan = this.planner.plan(this.context.getRequiredPersistentEntity(User.class), Filter.all(),
				QueryOptions.builder().skip(1).limit(2).attributes("name").build());
		List<Map<String, AttributeValue>> items = new ArrayList<>(List.of(user("c", "2026-01-03T00:00:00.000Z"),
				user("a", "2026-01-01T00:00:00.000Z"), user("d", "2026-01-04T00:00:00.000Z"),
				user("b", "2026-01-02T00:00:00.000Z")));
		List<Map<String, AttributeValue>> answer = ResultShaper.shape(plan, items);
		assertThat(answer).extracting(item -> item.get("id").s()).containsExactly("b", "c");
		assertThat(answer.get(0)).containsOnlyKeys("id", "name");
	}

	@Test
	void anItemIsLeftAsItIsWhenItHoldsOnlyWhatIsKept() {
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("a"));
		assertThat(ResultShaper.trim(item, Set.of("id", "name"))).isSameAs(item);
		assertThat(ResultShaper.trim(item, null)).isSameAs(item);
	}
}

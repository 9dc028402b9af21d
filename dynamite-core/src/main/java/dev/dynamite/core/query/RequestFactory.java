package dev.dynamite.core.query;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Filter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Builds the SDK requests of a {@link ReadPlan}, every name and value as a placeholder.
 */
final class RequestFactory {

	private RequestFactory() {
	}

	static GetItemRequest get(ReadPlan plan, ReadPlan.GetItem get) {
		GetItemRequest.Builder builder = GetItemRequest.builder()
			.tableName(plan.entity().getTableName())
			.key(get.key());
		if (plan.consistentRead()) {
			builder.consistentRead(true);
		}
		if (plan.projection() != null) {
			Expressions expressions = new Expressions();
			builder.projectionExpression(expressions.projection(plan.projection()))
				.expressionAttributeNames(expressions.names());
		}
		return builder.build();
	}

	static KeysAndAttributes keysAndAttributes(ReadPlan plan, List<Map<String, AttributeValue>> keys) {
		KeysAndAttributes.Builder builder = KeysAndAttributes.builder().keys(keys);
		if (plan.consistentRead()) {
			builder.consistentRead(true);
		}
		if (plan.projection() != null) {
			Expressions expressions = new Expressions();
			builder.projectionExpression(expressions.projection(plan.projection()))
				.expressionAttributeNames(expressions.names());
		}
		return builder.build();
	}

	/** A Query of one partition; {@code count} asks for {@code Select=COUNT} instead of items. */
	static QueryRequest query(ReadPlan plan, ReadPlan.Query query, AttributeValue partition,
			@Nullable Map<String, AttributeValue> startKey, boolean count) {
		Expressions expressions = new Expressions();
		String keyCondition = expressions.name(query.partitionKey().getAttributeName()) + " = " + expressions.value(partition);
		if (query.sortCondition() != null) {
			keyCondition += " AND " + expressions.condition(query.sortCondition());
		}
		QueryRequest.Builder builder = QueryRequest.builder()
			.tableName(plan.entity().getTableName())
			.indexName(query.indexName())
			.keyConditionExpression(keyCondition)
			.scanIndexForward(plan.forward())
			.exclusiveStartKey(startKey);
		if (query.filter().kind() != Filter.Kind.ALL) {
			builder.filterExpression(expressions.condition(query.filter()));
		}
		if (count) {
			builder.select(Select.COUNT);
		}
		else if (plan.projection() != null) {
			builder.projectionExpression(expressions.projection(plan.projection()));
		}
		if (plan.consistentRead() && query.index() == null) {
			builder.consistentRead(true);
		}
		return builder.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.build();
	}

	/** A Scan; {@code count} asks for {@code Select=COUNT} instead of items. */
	static ScanRequest scan(ReadPlan plan, ReadPlan.Scan scan, @Nullable Map<String, AttributeValue> startKey,
			boolean count) {
		Expressions expressions = new Expressions();
		ScanRequest.Builder builder = ScanRequest.builder()
			.tableName(plan.entity().getTableName())
			.exclusiveStartKey(startKey);
		if (scan.filter().kind() != Filter.Kind.ALL) {
			builder.filterExpression(expressions.condition(scan.filter()));
		}
		if (count) {
			builder.select(Select.COUNT);
		}
		else if (plan.projection() != null) {
			builder.projectionExpression(expressions.projection(plan.projection()));
		}
		if (plan.consistentRead()) {
			builder.consistentRead(true);
		}
		return builder.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.build();
	}
}

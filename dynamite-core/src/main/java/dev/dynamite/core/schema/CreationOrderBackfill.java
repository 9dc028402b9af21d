package dev.dynamite.core.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreationOrderIndex;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Brings the items of an existing table into a creation-order index that {@code sync()} adds: an item is in the
 * index only with its shard attribute and its {@code @CreatedAt} attribute. Before the index is added, items without
 * the {@code @CreatedAt} attribute are counted (the index could not hold them, so reads would miss them: sync refuses);
 * after, every item without its shard gets it with one conditional UpdateItem.
 */
final class CreationOrderBackfill {

	private final DynamoDbClient client;

	CreationOrderBackfill(DynamoDbClient client) {
		this.client = client;
	}

	/** How many items of the table lack the attribute (a Scan with {@code Select=COUNT}). */
	long countWithout(TableDefinition definition, String attribute) {
		long count = 0;
		Map<String, AttributeValue> start = null;
		do {
			ScanResponse page = scan(ScanRequest.builder()
				.tableName(definition.tableName())
				.select(Select.COUNT)
				.filterExpression("attribute_not_exists(#a)")
				.expressionAttributeNames(Map.of("#a", attribute))
				.exclusiveStartKey(start)
				.build(), definition);
			count += page.count();
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return count;
	}

	/** Writes the shard attribute on every item without it; returns how many items got it. */
	long backfill(TableDefinition definition, CreationOrderIndex index) {
		List<String> keys = index.tableKeys();
		Map<String, String> names = new HashMap<>();
		names.put("#s", index.shardAttribute());
		StringBuilder projection = new StringBuilder();
		for (int i = 0; i < keys.size(); i++) {
			names.put("#k" + i, keys.get(i));
			projection.append(i > 0 ? ", " : "").append("#k").append(i);
		}
		long written = 0;
		Map<String, AttributeValue> start = null;
		do {
			ScanResponse page = scan(ScanRequest.builder()
				.tableName(definition.tableName())
				.projectionExpression(projection.toString())
				.filterExpression("attribute_not_exists(#s)")
				.expressionAttributeNames(names)
				.exclusiveStartKey(start)
				.build(), definition);
			for (Map<String, AttributeValue> key : page.items()) {
				written += setShard(definition, index, key) ? 1 : 0;
			}
			start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
		}
		while (start != null);
		return written;
	}

	private boolean setShard(TableDefinition definition, CreationOrderIndex index, Map<String, AttributeValue> key) {
		try {
			this.client.updateItem((request) -> request.tableName(definition.tableName())
				.key(key)
				.updateExpression("SET #s = :s")
				.conditionExpression("attribute_exists(#k)")
				.expressionAttributeNames(Map.of("#s", index.shardAttribute(), "#k", index.tableKeys().get(0)))
				.expressionAttributeValues(Map.of(":s", index.shardOf(key))));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			// deleted since the Scan read its key
			return false;
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("fill the creation-order index '%s' of table '%s'"
				.formatted(index.name(), definition.tableName()), ex);
		}
	}

	private ScanResponse scan(ScanRequest request, TableDefinition definition) {
		try {
			return this.client.scan(request);
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("scan table '%s' for its creation-order index"
				.formatted(definition.tableName()), ex);
		}
	}

	static @Nullable CreationOrderIndex missing(TableDefinition definition, List<String> missingIndexes) {
		CreationOrderIndex index = definition.creationOrder();
		return (index != null && missingIndexes.contains(index.name())) ? index : null;
	}
}

package dev.dynamite.benchmarks;

import java.util.List;
import java.util.Map;

import dev.dynamite.benchmarks.model.Event;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The naive bulk write Dynamite is compared with: BatchWriteItem requests of 25, one after the other, each
 * retrying its unprocessed items until none are left.
 */
final class SequentialBatches {

	static final int BATCH_SIZE = 25;

	private SequentialBatches() {
	}

	/** Raw SDK: writes all requests in sequential batches of 25. */
	static void write(DynamoDbClient client, String table, List<WriteRequest> requests) {
		for (int from = 0; from < requests.size(); from += BATCH_SIZE) {
			Map<String, List<WriteRequest>> batch = Map.of(table,
					requests.subList(from, Math.min(requests.size(), from + BATCH_SIZE)));
			while (!batch.isEmpty()) {
				BatchWriteItemResponse response = client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(batch).build());
				batch = response.unprocessedItems();
			}
		}
	}

	/** Enhanced client: puts all events in sequential batches of 25. */
	static void put(DynamoDbEnhancedClient enhanced, DynamoDbTable<Event> table, List<Event> events) {
		for (int from = 0; from < events.size(); from += BATCH_SIZE) {
			WriteBatch.Builder<Event> batch = WriteBatch.builder(Event.class).mappedTableResource(table);
			for (Event event : events.subList(from, Math.min(events.size(), from + BATCH_SIZE))) {
				batch.addPutItem(event);
			}
			write(enhanced, table, batch.build());
		}
	}

	/** Enhanced client: deletes the given events (keys set) in sequential batches of 25. */
	static void delete(DynamoDbEnhancedClient enhanced, DynamoDbTable<Event> table, List<Event> keys) {
		for (int from = 0; from < keys.size(); from += BATCH_SIZE) {
			WriteBatch.Builder<Event> batch = WriteBatch.builder(Event.class).mappedTableResource(table);
			for (Event key : keys.subList(from, Math.min(keys.size(), from + BATCH_SIZE))) {
				batch.addDeleteItem(key);
			}
			write(enhanced, table, batch.build());
		}
	}

	private static void write(DynamoDbEnhancedClient enhanced, DynamoDbTable<Event> table, WriteBatch first) {
		WriteBatch batch = first;
		while (true) {
			WriteBatch current = batch;
			BatchWriteResult result = enhanced.batchWriteItem(r -> r.addWriteBatch(current));
			List<Event> unprocessedPuts = result.unprocessedPutItemsForTable(table);
			List<software.amazon.awssdk.enhanced.dynamodb.Key> unprocessedDeletes = result.unprocessedDeleteItemsForTable(table);
			if (unprocessedPuts.isEmpty() && unprocessedDeletes.isEmpty()) {
				return;
			}
			WriteBatch.Builder<Event> retry = WriteBatch.builder(Event.class).mappedTableResource(table);
			unprocessedPuts.forEach(retry::addPutItem);
			unprocessedDeletes.forEach(retry::addDeleteItem);
			batch = retry.build();
		}
	}
}

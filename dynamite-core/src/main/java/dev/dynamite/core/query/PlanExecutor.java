package dev.dynamite.core.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.Filter;
import dev.dynamite.core.UnprocessedItemsException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Runs a {@link ReadPlan}: sends its requests, follows {@code LastEvaluatedKey} to the end unless the plan's order
 * lets it stop early, retries unprocessed BatchGetItem keys, then orders, skips, limits and trims the items.
 */
public final class PlanExecutor {

	static final int BATCH_GET_SIZE = 100;

	private final DynamoDbClient client;

	private final BatchRetryPolicy retryPolicy;

	/**
	 * @param client the DynamoDB client
	 * @param retryPolicy how unprocessed keys are retried
	 */
	public PlanExecutor(DynamoDbClient client, BatchRetryPolicy retryPolicy) {
		this.client = client;
		this.retryPolicy = retryPolicy;
	}

	/** The items the plan answers, ordered, skipped, limited and trimmed to the requested attributes. */
	public List<Map<String, AttributeValue>> list(ReadPlan plan) {
		List<Map<String, AttributeValue>> items = fetch(plan);
		if (plan.inMemoryOrder() != null) {
			items.sort(plan.inMemoryOrder());
		}
		int from = Math.min(plan.skip(), items.size());
		int to = plan.limit() == null ? items.size() : (int) Math.min(items.size(), (long) from + plan.limit());
		List<Map<String, AttributeValue>> result = new ArrayList<>(to - from);
		for (Map<String, AttributeValue> item : items.subList(from, to)) {
			result.add(trim(item, plan.keep()));
		}
		return result;
	}

	/** How many items match (ignoring skip and limit); Query and Scan use {@code Select=COUNT}. */
	public long count(ReadPlan plan) {
		ReadPlan.Operation operation = plan.operation();
		long total = 0;
		if (operation instanceof ReadPlan.Query query) {
			for (AttributeValue partition : query.partitionValues()) {
				for (QueryResponse page : this.client.queryPaginator(RequestFactory.query(plan, query, partition, null, true))) {
					total += page.count();
				}
			}
		}
		else if (operation instanceof ReadPlan.Scan scan) {
			for (ScanResponse page : this.client.scanPaginator(RequestFactory.scan(plan, scan, null, true))) {
				total += page.count();
			}
		}
		else {
			total = fetch(plan).size();
		}
		return total;
	}

	/** The matching items fetched lazily page by page, in DynamoDB's order; skip and limit apply, order does not. */
	public Stream<Map<String, AttributeValue>> stream(ReadPlan plan) {
		ReadPlan.Operation operation = plan.operation();
		Stream<Map<String, AttributeValue>> items;
		if (operation instanceof ReadPlan.Query query) {
			items = query.partitionValues().stream()
				.flatMap(partition -> this.client.queryPaginator(RequestFactory.query(plan, query, partition, null, false))
					.items().stream());
		}
		else if (operation instanceof ReadPlan.Scan scan) {
			items = this.client.scanPaginator(RequestFactory.scan(plan, scan, null, false)).items().stream();
		}
		else {
			items = fetch(plan).stream();
		}
		items = items.skip(plan.skip());
		if (plan.limit() != null) {
			items = items.limit(plan.limit());
		}
		return items.map(item -> trim(item, plan.keep()));
	}

	/**
	 * Up to {@code size} matching items in DynamoDB's order, starting after {@code startKey}, and the key to continue
	 * after (null at the end). Get and batch plans answer in one chunk.
	 */
	public Chunk chunk(ReadPlan plan, @Nullable Map<String, AttributeValue> startKey, int size) {
		ReadPlan.Operation operation = plan.operation();
		boolean keyset = operation instanceof ReadPlan.Scan
				|| (operation instanceof ReadPlan.Query q && q.partitionValues().size() == 1);
		if (!keyset) {
			List<Map<String, AttributeValue>> all = fetch(plan);
			return new Chunk(all.stream().map(item -> trim(item, plan.keep())).toList(), null);
		}
		List<Map<String, AttributeValue>> items = new ArrayList<>(size);
		Map<String, AttributeValue> start = startKey;
		boolean filtered = hasFilter(operation);
		while (true) {
			int remaining = size - items.size();
			Integer pageLimit = filtered ? null : remaining;
			List<Map<String, AttributeValue>> page;
			Map<String, AttributeValue> last;
			if (operation instanceof ReadPlan.Query query) {
				QueryResponse response = this.client.query(RequestFactory.query(plan, query, query.partitionValues().get(0),
						start, false).toBuilder().limit(pageLimit).build());
				page = response.items();
				last = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
			}
			else {
				ScanResponse response = this.client.scan(RequestFactory.scan(plan, (ReadPlan.Scan) operation, start, false)
					.toBuilder().limit(pageLimit).build());
				page = response.items();
				last = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null;
			}
			if (page.size() > remaining) {
				List<Map<String, AttributeValue>> taken = page.subList(0, remaining);
				items.addAll(taken);
				return new Chunk(trimAll(items, plan.keep()), keyOf(taken.get(taken.size() - 1), plan));
			}
			items.addAll(page);
			if (last == null || items.size() >= size) {
				return new Chunk(trimAll(items, plan.keep()), (last == null || last.isEmpty()) ? null : last);
			}
			start = last;
		}
	}

	private static boolean hasFilter(ReadPlan.Operation operation) {
		if (operation instanceof ReadPlan.Query query) {
			return query.filter().kind() != Filter.Kind.ALL;
		}
		return operation instanceof ReadPlan.Scan scan && scan.filter().kind() != Filter.Kind.ALL;
	}

	private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, ReadPlan plan) {
		Map<String, AttributeValue> key = new HashMap<>();
		for (String attribute : QueryPlanner.keyAttributes(plan.entity())) {
			key.put(attribute, item.get(attribute));
		}
		if (plan.operation() instanceof ReadPlan.Query query && query.index() != null) {
			key.put(query.partitionKey().getAttributeName(), item.get(query.partitionKey().getAttributeName()));
			if (query.sortKey() != null) {
				key.put(query.sortKey().getAttributeName(), item.get(query.sortKey().getAttributeName()));
			}
		}
		return key;
	}

	private List<Map<String, AttributeValue>> fetch(ReadPlan plan) {
		ReadPlan.Operation operation = plan.operation();
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		if (operation instanceof ReadPlan.GetItem get) {
			GetItemResponse response = this.client.getItem(RequestFactory.get(plan, get));
			if (response.hasItem() && !response.item().isEmpty()) {
				items.add(response.item());
			}
		}
		else if (operation instanceof ReadPlan.BatchGet batch) {
			items = batchGet(plan, batch);
		}
		else if (operation instanceof ReadPlan.Query query) {
			int enough = query.partitionValues().size() == 1 ? plan.enough() : -1;
			for (AttributeValue partition : query.partitionValues()) {
				QueryRequest request = RequestFactory.query(plan, query, partition, null, false);
				if (enough > 0 && query.filter().kind() == Filter.Kind.ALL) {
					request = request.toBuilder().limit(enough).build();
				}
				// pages by hand: the SDK paginator copies every request to tag it, on the hot path of every read
				while (true) {
					QueryResponse page = this.client.query(request);
					items.addAll(page.items());
					if ((enough >= 0 && items.size() >= enough) || !hasMore(page.lastEvaluatedKey())) {
						break;
					}
					request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
				}
			}
		}
		else if (operation instanceof ReadPlan.Scan scan) {
			int enough = plan.enough();
			ScanRequest request = RequestFactory.scan(plan, scan, null, false);
			while (true) {
				ScanResponse page = this.client.scan(request);
				items.addAll(page.items());
				if ((enough >= 0 && items.size() >= enough) || !hasMore(page.lastEvaluatedKey())) {
					break;
				}
				request = request.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
			}
		}
		return items;
	}

	private static boolean hasMore(@Nullable Map<String, AttributeValue> lastEvaluatedKey) {
		return lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty();
	}

	private List<Map<String, AttributeValue>> batchGet(ReadPlan plan, ReadPlan.BatchGet batch) {
		String table = plan.entity().getTableName();
		List<Map<String, AttributeValue>> items = new ArrayList<>(batch.keys().size());
		List<Map<String, AttributeValue>> keys = batch.keys();
		for (int from = 0; from < keys.size(); from += BATCH_GET_SIZE) {
			KeysAndAttributes request = RequestFactory.keysAndAttributes(plan,
					keys.subList(from, Math.min(keys.size(), from + BATCH_GET_SIZE)));
			int attempt = 0;
			SdkException throttled = null;
			while (request != null) {
				KeysAndAttributes unprocessed;
				try {
					BatchGetItemResponse response = this.client
						.batchGetItem(BatchGetItemRequest.builder().requestItems(Map.of(table, request)).build());
					items.addAll(response.responses().getOrDefault(table, List.of()));
					unprocessed = response.unprocessedKeys().get(table);
				}
				catch (SdkException ex) {
					if (!BatchRetryPolicy.retriesThrottled(ex)) {
						throw ex;
					}
					// throttled and not retried by the SDK: every key of this request is unprocessed
					unprocessed = request;
					throttled = ex;
				}
				if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
					break;
				}
				attempt++;
				if (attempt >= this.retryPolicy.maxAttempts()) {
					// every key not read: this request's leftovers and the requests not sent yet
					List<Map<String, AttributeValue>> notRead = new ArrayList<>(unprocessed.keys());
					notRead.addAll(keys.subList(Math.min(keys.size(), from + BATCH_GET_SIZE), keys.size()));
					UnprocessedItemsException exception = new UnprocessedItemsException(
							"BatchGetItem on table '%s' left %d of %d key(s) unread after %d attempts"
								.formatted(table, notRead.size(), keys.size(), attempt), notRead);
					if (throttled != null) {
						exception.initCause(throttled);
					}
					throw exception;
				}
				this.retryPolicy.backOff(attempt);
				request = unprocessed;
			}
		}
		return items;
	}

	private static List<Map<String, AttributeValue>> trimAll(List<Map<String, AttributeValue>> items,
			@Nullable Set<String> keep) {
		if (keep == null) {
			return items;
		}
		List<Map<String, AttributeValue>> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> item : items) {
			result.add(trim(item, keep));
		}
		return result;
	}

	private static Map<String, AttributeValue> trim(Map<String, AttributeValue> item, @Nullable Set<String> keep) {
		if (keep == null || keep.containsAll(item.keySet())) {
			return item;
		}
		Map<String, AttributeValue> trimmed = new LinkedHashMap<>(keep.size() * 2);
		for (String attribute : keep) {
			AttributeValue value = item.get(attribute);
			if (value != null) {
				trimmed.put(attribute, value);
			}
		}
		return trimmed;
	}

	/**
	 * Items of one keyset chunk and where the next starts.
	 * @param items the items
	 * @param lastKey the exclusive start key of the next chunk, or {@code null} at the end
	 */
	public record Chunk(List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastKey) {
	}
}

package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.Filter;
import dev.dynamite.core.UnprocessedItemsException;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The pages of one read, in order: a GetItem; BatchGetItem requests of 100 keys with their unprocessed keys retried
 * under the {@link BatchRetryPolicy}; or Query (partition after partition) and Scan pages following
 * {@code LastEvaluatedKey}. It stops once {@code enough} items are read, asking unfiltered pages for no more than that
 * ({@code Limit}). A Query on an index that holds too little of each item ({@link ReadPlan.Query#fetch()}) reads the
 * whole items of each page from the table with BatchGetItem before the next page, keeping the index's order. The one
 * paging loop of every read: lists, counts, keyset chunks and lazy streams.
 */
final class ItemPages implements RequestSequence<List<Map<String, AttributeValue>>> {

	static final int BATCH_GET_SIZE = 100;

	/** The smallest {@code Limit} of a filtered creation-order page. */
	private static final int MIN_FILTERED_PAGE = 10;

	/** How many items a filtered creation-order page reads for each match still needed, at first. */
	private static final int FILTERED_PAGE_FACTOR = 10;

	/** The largest {@code Limit} of a filtered creation-order page (DynamoDB's 1 MB page bound applies too). */
	private static final int MAX_FILTERED_PAGE = 10_000;

	private final ReadPlan plan;

	private final DynamoDbTransport transport;

	private final BatchRetryPolicy retryPolicy;

	private final int enough;

	private final boolean count;

	private List<Map<String, AttributeValue>> items = new ArrayList<>();

	private long received;

	private long counted;

	private boolean done;

	private int partition;

	private @Nullable Map<String, AttributeValue> startKey;

	/** Items taken from the current creation-order shard (ties past {@code enough} not counted). */
	private int shardRead;

	/** The creation time of the last item a creation-order shard needs. */
	private @Nullable AttributeValue boundary;

	/** Pages read from the current creation-order shard. */
	private int shardPages;

	private @Nullable Map<String, AttributeValue> lastKey;

	private int batchFrom;

	private @Nullable KeysAndAttributes pendingKeys;

	private int attempt;

	private @Nullable SdkException throttled;

	/** The keys of the index page whose whole items are being fetched from the table, in the index's order. */
	private @Nullable List<Map<String, AttributeValue>> fetching;

	/** The whole items fetched so far for {@link #fetching}. */
	private final List<Map<String, AttributeValue>> fetched = new ArrayList<>();

	/**
	 * @param plan the read
	 * @param transport the transport
	 * @param retryPolicy how unprocessed keys are retried
	 * @param enough stop once this many items are read, or {@code -1} to read everything
	 * @param count ask Query and Scan for {@code Select=COUNT} instead of items
	 * @param startKey where a Query of one partition or a Scan starts, or {@code null}
	 */
	ItemPages(ReadPlan plan, DynamoDbTransport transport, BatchRetryPolicy retryPolicy, int enough, boolean count,
			@Nullable Map<String, AttributeValue> startKey) {
		this.plan = plan;
		this.transport = transport;
		this.retryPolicy = retryPolicy;
		this.enough = enough;
		this.count = count;
		this.startKey = startKey;
	}

	@Override
	public @Nullable CompletableFuture<?> next() {
		if (this.fetching != null) {
			return batchGet(this.fetching);
		}
		if (this.done) {
			return null;
		}
		ReadPlan.Operation operation = this.plan.operation();
		if (operation instanceof ReadPlan.GetItem get) {
			return this.transport.getItem(RequestFactory.get(this.plan, get)).thenAccept(response -> {
				if (response.hasItem() && !response.item().isEmpty()) {
					add(List.of(response.item()));
				}
				this.done = true;
			});
		}
		if (operation instanceof ReadPlan.BatchGet batch) {
			return batchGet(batch.keys());
		}
		if (operation instanceof ReadPlan.Query query) {
			QueryRequest request = RequestFactory.query(this.plan, query, query.partitionValues().get(this.partition),
					this.startKey, this.count);
			Integer limit = pageLimit(query.filter().kind(), query.partitionValues().size() == 1);
			if (limit != null) {
				request = request.toBuilder().limit(limit).build();
			}
			return this.transport.query(request).thenAccept(this::accept);
		}
		if (operation instanceof ReadPlan.CreationOrder ordered) {
			if (this.boundary != null && this.shardRead >= this.enough) {
				// the shard holds enough: read only what ties with the last needed item
				ordered = ordered.tiedWith(this.boundary);
			}
			QueryRequest request = RequestFactory.creationOrder(this.plan, ordered,
					ordered.index().shardValues().get(this.partition), this.startKey, this.count);
			Integer limit = shardPageLimit(ordered.filter().kind());
			if (limit != null) {
				request = request.toBuilder().limit(limit).build();
			}
			this.shardPages++;
			return this.transport.query(request).thenAccept(this::acceptShard);
		}
		ReadPlan.Scan scan = (ReadPlan.Scan) operation;
		ScanRequest request = RequestFactory.scan(this.plan, scan, this.startKey, this.count);
		Integer limit = pageLimit(scan.filter().kind(), true);
		if (limit != null) {
			request = request.toBuilder().limit(limit).build();
		}
		return this.transport.scan(request).thenAccept(this::accept);
	}

	@Override
	public List<Map<String, AttributeValue>> result() {
		return this.items;
	}

	/** The items read since the last call (for lazy streams, which keep no more than a page). */
	List<Map<String, AttributeValue>> take() {
		List<Map<String, AttributeValue>> taken = this.items;
		this.items = new ArrayList<>();
		return taken;
	}

	/** Whether every page has been read (or enough items). */
	boolean isDone() {
		return this.done;
	}

	/** The {@code Select=COUNT} total (counted pages), or the number of items read. */
	long count() {
		return this.count ? this.counted : this.received;
	}

	/** The {@code LastEvaluatedKey} of the last page read, or {@code null} when it was the last page. */
	@Nullable Map<String, AttributeValue> lastKey() {
		return this.lastKey;
	}

	private @Nullable Integer pageLimit(Filter.Kind filter, boolean onePartition) {
		boolean filtered = filter != Filter.Kind.ALL || this.plan.hiddenOnServer();
		if (this.enough <= 0 || this.count || filtered || !onePartition) {
			return null;
		}
		return (int) Math.max(1, this.enough - this.received);
	}

	/**
	 * {@code Limit} of the next page of a creation-order shard. Without a FilterExpression: what the shard still needs
	 * plus one (to see whether the next item ties with the last one needed). With one, matches are sparse: ten times
	 * what is still needed (at least {@value #MIN_FILTERED_PAGE}) plus one, doubled with every further page of the
	 * shard, so that a filter matching one item in ten is answered in one request, and a sparser one in a few. None
	 * while reading everything.
	 */
	private @Nullable Integer shardPageLimit(Filter.Kind filter) {
		if (this.enough <= 0 || this.count) {
			return null;
		}
		int needed = Math.max(0, this.enough - this.shardRead);
		if (filter == Filter.Kind.ALL && !this.plan.hiddenOnServer()) {
			return needed + 1;
		}
		long limit = ((long) Math.max(MIN_FILTERED_PAGE, FILTERED_PAGE_FACTOR * needed) << Math.min(this.shardPages, 16)) + 1;
		return (int) Math.min(limit, MAX_FILTERED_PAGE);
	}

	/**
	 * Takes a page of a creation-order shard: its first {@code enough} items, then those sharing the last one's
	 * creation time (their order is the natural order's next keys, settled in memory); the first item after them
	 * ends the shard.
	 */
	private void acceptShard(QueryResponse page) {
		this.counted += page.count() == null ? 0 : page.count();
		Map<String, AttributeValue> last = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
				? page.lastEvaluatedKey() : null;
		boolean shardDone = false;
		if (!this.count) {
			String createdAt = ((ReadPlan.CreationOrder) this.plan.operation()).index().createdAt().getAttributeName();
			List<Map<String, AttributeValue>> taken = new ArrayList<>(page.items().size());
			for (Map<String, AttributeValue> item : page.items()) {
				if (this.enough < 0 || this.shardRead < this.enough) {
					taken.add(item);
					this.shardRead++;
					this.boundary = item.get(createdAt);
				}
				else if (Objects.equals(item.get(createdAt), this.boundary)) {
					taken.add(item);
				}
				else {
					shardDone = true;
					break;
				}
			}
			add(taken);
			// the page stopped past the last needed creation time: no tie is left unread
			shardDone |= this.enough >= 0 && this.shardRead >= this.enough && last != null
					&& !Objects.equals(last.get(createdAt), this.boundary);
		}
		int shards = ((ReadPlan.CreationOrder) this.plan.operation()).index().shards();
		if (!shardDone && last != null) {
			this.startKey = last;
		}
		else if (this.partition + 1 < shards) {
			this.partition++;
			this.startKey = null;
			this.shardRead = 0;
			this.shardPages = 0;
			this.boundary = null;
		}
		else {
			this.done = true;
		}
	}

	private void accept(QueryResponse page) {
		this.counted += page.count() == null ? 0 : page.count();
		page(page.items(), page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null);
	}

	private void accept(ScanResponse page) {
		this.counted += page.count() == null ? 0 : page.count();
		page(page.items(), page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null);
	}

	private void page(List<Map<String, AttributeValue>> pageItems, @Nullable Map<String, AttributeValue> last) {
		if (!this.count && fetches() && !pageItems.isEmpty()) {
			// counted once fetched: the fetch leaves out items deleted or expired since
			this.fetching = tableKeys(pageItems);
		}
		else if (!this.count) {
			add(pageItems);
		}
		this.lastKey = (last == null || last.isEmpty()) ? null : last;
		if (enoughRead()) {
			this.done = true;
		}
		else if (this.lastKey != null) {
			this.startKey = this.lastKey;
		}
		else if (this.plan.operation() instanceof ReadPlan.Query query && this.partition + 1 < query.partitionValues().size()) {
			this.partition++;
			this.startKey = null;
		}
		else {
			this.done = true;
		}
	}

	private boolean enoughRead() {
		return this.enough >= 0 && this.received >= this.enough;
	}

	/** Takes in items read; where no FilterExpression could, leaves out those whose Time to Live has passed. */
	private void add(List<Map<String, AttributeValue>> pageItems) {
		if (!this.plan.hiddenInMemory()) {
			this.items.addAll(pageItems);
			this.received += pageItems.size();
			return;
		}
		for (Map<String, AttributeValue> item : pageItems) {
			if (!this.plan.hidden().hidden(item)) {
				this.items.add(item);
				this.received++;
			}
		}
	}

	private boolean fetches() {
		return this.plan.operation() instanceof ReadPlan.Query query && query.fetch();
	}

	private List<Map<String, AttributeValue>> tableKeys(List<Map<String, AttributeValue>> indexItems) {
		List<String> attributes = QueryPlanner.keyAttributes(this.plan.entity());
		List<Map<String, AttributeValue>> keys = new ArrayList<>(indexItems.size());
		for (Map<String, AttributeValue> item : indexItems) {
			Map<String, AttributeValue> key = new HashMap<>(4);
			for (String attribute : attributes) {
				key.put(attribute, item.get(attribute));
			}
			keys.add(key);
		}
		return keys;
	}

	/**
	 * The fetched items in the order of the index page's keys; an item deleted since the index was read is not there
	 * any more and is left out, and so is an expired one.
	 */
	private void fetchedPage(List<Map<String, AttributeValue>> keys) {
		List<String> attributes = QueryPlanner.keyAttributes(this.plan.entity());
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new HashMap<>(this.fetched.size() * 2);
		for (Map<String, AttributeValue> item : this.fetched) {
			Map<String, AttributeValue> key = new HashMap<>(4);
			for (String attribute : attributes) {
				key.put(attribute, item.get(attribute));
			}
			byKey.put(key, item);
		}
		List<Map<String, AttributeValue>> ordered = new ArrayList<>(keys.size());
		for (Map<String, AttributeValue> key : keys) {
			Map<String, AttributeValue> item = byKey.get(key);
			if (item != null) {
				ordered.add(item);
			}
		}
		add(ordered);
		this.fetched.clear();
		this.fetching = null;
		this.batchFrom = 0;
		if (enoughRead()) {
			this.done = true;
		}
	}

	private CompletableFuture<?> batchGet(List<Map<String, AttributeValue>> keys) {
		if (this.pendingKeys == null && this.batchFrom >= keys.size()) {
			this.done = true;
			return CompletableFuture.completedFuture(null);
		}
		if (this.pendingKeys == null) {
			this.pendingKeys = RequestFactory.keysAndAttributes(this.plan,
					keys.subList(this.batchFrom, Math.min(keys.size(), this.batchFrom + BATCH_GET_SIZE)));
			this.batchFrom += BATCH_GET_SIZE;
			this.attempt = 0;
			this.throttled = null;
		}
		String table = this.plan.entity().getTableName();
		BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(Map.of(table, this.pendingKeys)).build();
		CompletableFuture<Void> wait = this.attempt == 0 ? CompletableFuture.completedFuture(null)
				: this.transport.delay(this.retryPolicy.delay(this.attempt));
		int attempt = this.attempt + 1;
		return wait.thenCompose(ignored -> this.transport.batchGetItem(request, attempt))
			.handle((response, failure) -> {
				afterBatchGet(keys, table, response, failure);
				return null;
			});
	}

	private void afterBatchGet(List<Map<String, AttributeValue>> keys, String table,
			@Nullable BatchGetItemResponse response, @Nullable Throwable failure) {
		KeysAndAttributes unprocessed;
		if (failure != null) {
			Throwable cause = RequestSequence.unwrap(failure);
			if (!(cause instanceof SdkException sdk) || !BatchRetryPolicy.retriesThrottled(sdk)) {
				throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
			}
			// throttled and not retried by the SDK: every key of this request is unprocessed
			unprocessed = this.pendingKeys;
			this.throttled = sdk;
		}
		else if (this.fetching != null) {
			this.fetched.addAll(response.responses().getOrDefault(table, List.of()));
			unprocessed = response.unprocessedKeys().get(table);
		}
		else {
			add(response.responses().getOrDefault(table, List.of()));
			unprocessed = response.unprocessedKeys().get(table);
		}
		if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
			this.pendingKeys = null;
			if (this.fetching != null) {
				if (this.batchFrom >= keys.size()) {
					fetchedPage(keys);
				}
			}
			else {
				this.done = this.batchFrom >= keys.size();
			}
			return;
		}
		this.attempt++;
		if (this.attempt >= this.retryPolicy.maxAttempts()) {
			// every key not read: this request's leftovers and the requests not sent yet
			List<Map<String, AttributeValue>> notRead = new ArrayList<>(unprocessed.keys());
			notRead.addAll(keys.subList(Math.min(keys.size(), this.batchFrom), keys.size()));
			UnprocessedItemsException exception = new UnprocessedItemsException(
					"BatchGetItem on table '%s' left %d of %d key(s) unread after %d attempts"
						.formatted(table, notRead.size(), keys.size(), this.attempt), notRead);
			if (this.throttled != null) {
				exception.initCause(this.throttled);
			}
			throw exception;
		}
		this.pendingKeys = unprocessed;
	}
}

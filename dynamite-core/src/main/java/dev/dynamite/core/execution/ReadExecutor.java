package dev.dynamite.core.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runs {@link ReadPlan}s on a transport: every read is one {@link ItemPages} sequence, its items shaped by the
 * {@link ResultShaper}. SDK errors come back translated, as {@link org.springframework.dao.DataAccessException}s.
 */
public final class ReadExecutor {

	private final DynamoDbTransport transport;

	private final BatchRetryPolicy retryPolicy;

	private final Failures failures;

	/**
	 * @param transport the transport
	 * @param retryPolicy how unprocessed keys are retried
	 * @param failures translates SDK errors
	 */
	public ReadExecutor(DynamoDbTransport transport, BatchRetryPolicy retryPolicy, Failures failures) {
		this.transport = transport;
		this.retryPolicy = retryPolicy;
		this.failures = failures;
	}

	/**
	 * The answer of the plan: ordered, skipped, limited and trimmed; reading stops once the order allows.
	 * @param plan the plan
	 * @return the answer of the plan
	 */
	public CompletableFuture<List<Map<String, AttributeValue>>> list(ReadPlan plan) {
		return this.failures.translated(RequestSequence.run(pages(plan, plan.enough(), false, null)), plan)
			.thenApply(items -> ResultShaper.shape(plan, items));
	}

	/**
	 * The answer of the plan and, when the plan reads every match anyway (a Scan, a BatchGetItem or several
	 * partitions, sorted in memory), how many items match: a page needs no second read for its total.
	 * @param plan the plan
	 * @return the answer, and the number of matches or {@code null} when the read stopped early
	 */
	public CompletableFuture<Counted> listCounted(ReadPlan plan) {
		int enough = plan.enough();
		return this.failures.translated(RequestSequence.run(pages(plan, enough, false, null)), plan)
			.thenApply(items -> {
				Long total = (enough < 0) ? Long.valueOf(items.size()) : null;
				return new Counted(ResultShaper.shape(plan, items), total);
			});
	}

	/**
	 * An answer and the number of matches, when the read knew it.
	 * @param items the items of the answer
	 * @param total how many items match, or {@code null}
	 */
	public record Counted(List<Map<String, AttributeValue>> items, @Nullable Long total) {
	}

	/**
	 * How many items match (ignoring skip and limit); Query and Scan use {@code Select=COUNT}.
	 * @param plan the plan
	 * @return how many items match (ignoring skip and limit)
	 */
	public CompletableFuture<Long> count(ReadPlan plan) {
		// Select=COUNT where the FilterExpression decides everything; otherwise the items are read and counted
		boolean countable = (plan.operation() instanceof ReadPlan.Query || plan.operation() instanceof ReadPlan.Scan
				|| plan.operation() instanceof ReadPlan.CreationOrder) && !plan.hiddenInMemory();
		ItemPages pages = pages(plan, -1, countable, null);
		return this.failures.translated(RequestSequence.run(pages), plan).thenApply(items -> pages.count());
	}

	/**
	 * Whether any item matches: reading stops at the first.
	 * @param plan the plan
	 * @return whether any item matches
	 */
	public CompletableFuture<Boolean> exists(ReadPlan plan) {
		return this.failures.translated(RequestSequence.run(pages(plan, 1, false, null)), plan)
			.thenApply(items -> !items.isEmpty());
	}

	/**
	 * Up to {@code size} matching items in DynamoDB's order, starting after {@code startKey}, and the key to continue
	 * after (null at the end). Get, batch and multi-partition plans answer in one chunk.
	 * @param plan the plan
	 * @param startKey the start key
	 * @param size the size
	 * @return a future of the chunk
	 */
	public CompletableFuture<Chunk> chunk(ReadPlan plan, @Nullable Map<String, AttributeValue> startKey, int size) {
		ReadPlan.Operation operation = plan.operation();
		boolean keyset = operation instanceof ReadPlan.Scan
				|| (operation instanceof ReadPlan.Query q && q.partitionValues().size() == 1)
				|| (operation instanceof ReadPlan.CreationOrder ordered && ordered.index().shards() == 1);
		if (!keyset) {
			return this.failures.translated(RequestSequence.run(pages(plan, -1, false, null)), plan)
				.thenApply(items -> new Chunk(ResultShaper.trimAll(items, plan.keep()), null));
		}
		ItemPages pages = pages(plan, size, false, startKey);
		return this.failures.translated(RequestSequence.run(pages), plan).thenApply(items -> {
			if (items.size() > size) {
				List<Map<String, AttributeValue>> taken = items.subList(0, size);
				return new Chunk(ResultShaper.trimAll(taken, plan.keep()), keyOf(taken.get(size - 1), plan));
			}
			return new Chunk(ResultShaper.trimAll(items, plan.keep()), pages.lastKey());
		});
	}

	/**
	 * The items a PartiQL statement returns ({@code NextToken} followed), skipped and limited; none for a statement
	 * that writes. A write whose condition fails (an UPDATE or DELETE of an item that is not there) returns
	 * {@code null}: nothing was written.
	 * @param statement the PartiQL statement
	 * @return the items a PartiQL statement returns ({@code NextToken} followed), skipped and limited
	 */
	public CompletableFuture<@Nullable List<Map<String, AttributeValue>>> statement(WritePlan.Statement statement) {
		CompletableFuture<@Nullable List<Map<String, AttributeValue>>> run = RequestSequence
			.run(new StatementPages(statement, this.transport))
			.handle((items, failure) -> {
				if (failure == null) {
					return items;
				}
				if (RequestSequence.unwrap(failure) instanceof ConditionalCheckFailedException) {
					return null;
				}
				throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
			});
		return this.failures.translated(run, statement.entity().getTableName());
	}

	/**
	 * The items with these keys read in one TransactGetItems (a snapshot across items), in the order of the keys; an
	 * item that does not exist, or that the plan hides, is left out.
	 * @param plan the read of the keys (for the table, projection and hidden items)
	 * @param keys the primary keys, at most 100
	 * @return a future of the items
	 */
	public CompletableFuture<List<Map<String, AttributeValue>>> transactGet(ReadPlan plan,
			List<Map<String, AttributeValue>> keys) {
		if (keys.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return this.failures.translated(this.transport.transactGetItems(RequestFactory.transactGet(plan, keys)), plan)
			.thenApply((response) -> {
				List<Map<String, AttributeValue>> items = new java.util.ArrayList<>(keys.size());
				response.responses().forEach((item) -> {
					if (item.hasItem() && !item.item().isEmpty() && (plan.hidden() == null || !plan.hidden().hidden(item.item()))) {
						items.add(item.item());
					}
				});
				return items;
			});
	}

	/**
	 * The related keys of one owner's links in a many-to-many pivot table, every page read.
	 * @param read the link read
	 * @return a future of the related keys, in the pivot's order
	 */
	public CompletableFuture<List<AttributeValue>> links(dev.dynamite.core.plan.RelationPlanner.LinkRead read) {
		return this.failures.translated(RequestSequence.run(new LinkPages(read, this.transport)), read.table());
	}

	/**
	 * The matching items page by page, in DynamoDB's order, fetched only as they are asked for; skip and limit apply,
	 * the plan's order does not.
	 * @param plan the plan
	 * @return the matching items page by page, in DynamoDB's order, fetched only as they are asked for
	 */
	public PageCursor cursor(ReadPlan plan) {
		return new PageCursor(plan, pages(plan, -1, false, null), this.failures);
	}

	private ItemPages pages(ReadPlan plan, int enough, boolean count, @Nullable Map<String, AttributeValue> startKey) {
		return new ItemPages(plan, this.transport, this.retryPolicy, enough, count, startKey);
	}

	private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, ReadPlan plan) {
		Map<String, AttributeValue> key = new HashMap<>();
		for (String attribute : QueryPlanner.keyAttributes(plan.entity())) {
			key.put(attribute, item.get(attribute));
		}
		if (plan.operation() instanceof ReadPlan.CreationOrder ordered) {
			// keyset chunks read creation order only with one shard
			String createdAt = ordered.index().createdAt().getAttributeName();
			key.put(ordered.index().shardAttribute(), ordered.index().shardValues().get(0));
			key.put(createdAt, item.get(createdAt));
		}
		if (plan.operation() instanceof ReadPlan.Query query && query.index() != null) {
			key.put(query.partitionKey().getAttributeName(), item.get(query.partitionKey().getAttributeName()));
			if (query.sortKey() != null) {
				key.put(query.sortKey().getAttributeName(), item.get(query.sortKey().getAttributeName()));
			}
		}
		return key;
	}

	/**
	 * Items of one keyset chunk and where the next starts.
	 * @param items the items
	 * @param lastKey the exclusive start key of the next chunk, or {@code null} at the end
	 */
	public record Chunk(List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastKey) {
	}
}

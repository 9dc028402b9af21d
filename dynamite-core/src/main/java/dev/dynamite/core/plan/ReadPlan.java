package dev.dynamite.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreationOrderIndex;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.IndexDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the {@link QueryPlanner} decided for one read: the DynamoDB operation and how its results become the answer
 * (projection, order, skip and limit). Immutable.
 *
 * @param entity the entity read
 * @param operation the DynamoDB operation
 * @param projection the attributes to request, or {@code null} for all
 * @param keep the attributes to keep in each result (the requested ones plus the keys), or {@code null} for all
 * @param forward {@code ScanIndexForward} of a Query
 * @param inMemoryOrder the order Dynamite applies after reading everything, or {@code null} when DynamoDB's order is
 * the
 * answer's order (then reading stops as soon as skip + limit items are known)
 * @param skip how many results to skip
 * @param limit the maximum number of results, or {@code null}
 * @param consistentRead strongly consistent reads
 * @param hidden which matching items to leave out (expired by {@code @Ttl}, soft-deleted by {@code @DeleteAt}), or
 * {@code null} for none
 */
public record ReadPlan(DynamitePersistentEntity<?> entity, Operation operation, @Nullable List<String> projection,
		@Nullable Set<String> keep, boolean forward, @Nullable Comparator<Map<String, AttributeValue>> inMemoryOrder,
		int skip, @Nullable Integer limit, boolean consistentRead, @Nullable HiddenItems hidden) {

	/**
	 * Whether hidden items are left out by the request's FilterExpression: on a Query (whose items are not fetched
	 * from the table) or a Scan.
	 * @return whether hidden items are left out by the request's FilterExpression
	 */
	public boolean hiddenOnServer() {
		return this.hidden != null && !hiddenInMemory();
	}

	/**
	 * Whether hidden items are left out after reading: GetItem and BatchGetItem have no filter, and a Query whose items
	 * are fetched from the table reads an index that may not hold the attributes that decide.
	 * @return whether hidden items are left out after reading
	 */
	public boolean hiddenInMemory() {
		return this.hidden != null && (this.operation instanceof GetItem || this.operation instanceof BatchGet
				|| (this.operation instanceof Query query && query.fetch()));
	}

	/**
	 * How many ordered results are enough, or {@code -1} when everything must be read.
	 * @return how many ordered results are enough, or {@code -1} when everything must be read
	 */
	public int enough() {
		if (this.operation instanceof CreationOrder && this.limit != null) {
			// per shard: each shard's first skip + limit items, merged, hold the answer
			return this.skip + this.limit;
		}
		return (this.inMemoryOrder == null && this.limit != null) ? this.skip + this.limit : -1;
	}

	/** The DynamoDB operation of a plan. */
	public sealed interface Operation permits GetItem, BatchGet, Query, Scan, CreationOrder {
	}

	/**
	 * One GetItem: the filter is exactly the full primary key by equality.
	 * @param key the primary key
	 */
	public record GetItem(Map<String, AttributeValue> key) implements Operation {
	}

	/**
	 * BatchGetItem (100 keys a request): the filter is the partition key IN a list (and, with a sort key, its equality).
	 * @param keys the distinct primary keys
	 */
	public record BatchGet(List<Map<String, AttributeValue>> keys) implements Operation {
	}

	/**
	 * Query on the table or a secondary index, once per partition value.
	 * @param index the index, or {@code null} for the table
	 * @param partitionKey the partition key property (of the table or the index)
	 * @param partitionValues the partition values (one Query each)
	 * @param sortKey the sort key property of the table or index, or {@code null}
	 * @param sortCondition the key condition on the sort key, or {@code null}
	 * @param filter the remaining conditions (a FilterExpression), possibly ALL
	 * @param fetch whether the index holds too little of each item for the answer, so that the Query asks for the
	 * keys only and each page's items are then read from the table with {@code BatchGetItem}, in the index's order
	 */
	public record Query(@Nullable IndexDefinition index, DynamitePersistentProperty partitionKey,
			List<AttributeValue> partitionValues, @Nullable DynamitePersistentProperty sortKey,
			@Nullable ResolvedCondition sortCondition, ResolvedFilter filter, boolean fetch) implements Operation {

		/**
		 * This Query, fetching whole items from the table or not.
		 * @param fetch whether to fetch whole items from the table
		 * @return this Query, fetching whole items from the table or not
		 */
		public Query withFetch(boolean fetch) {
			return new Query(this.index, this.partitionKey, this.partitionValues, this.sortKey, this.sortCondition,
					this.filter, fetch);
		}

		/**
		 * The index name, or {@code null} for the table.
		 * @return the index name, or {@code null} for the table
		 */
		public @Nullable String indexName() {
			return this.index == null ? null : this.index.name();
		}
	}

	/**
	 * Query on the creation-order index ({@code @CreatedAt(indexed = true)}), once per shard, in creation order: a read
	 * in the natural order with a limit that no key answers. Each shard is read until it holds {@link #enough()} items
	 * and every item sharing the last one's creation time; the shards' items are merged in the natural order.
	 * @param index the creation-order index
	 * @param sortCondition the key condition on the {@code @CreatedAt} attribute, or {@code null}
	 * @param filter the remaining conditions (a FilterExpression), possibly ALL
	 */
	public record CreationOrder(CreationOrderIndex index, @Nullable ResolvedCondition sortCondition, ResolvedFilter filter)
			implements Operation {

		/**
		 * This read narrowed to the items created at the given time: the ties of a shard's last needed item.
		 * @param createdAt the creation time, as stored
		 * @return this read with the key condition {@code createdAt = value}
		 */
		public CreationOrder tiedWith(AttributeValue createdAt) {
			return new CreationOrder(this.index,
					new ResolvedCondition(this.index.createdAt(), dev.dynamite.core.Operator.EQ, List.of(createdAt)),
					this.filter);
		}
	}

	/**
	 * Scan with a FilterExpression: no key or index condition applies.
	 * @param filter the conditions, possibly ALL
	 */
	public record Scan(ResolvedFilter filter) implements Operation {
	}
}

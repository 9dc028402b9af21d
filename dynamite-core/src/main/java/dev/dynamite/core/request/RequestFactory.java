package dev.dynamite.core.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Filter;
import dev.dynamite.core.plan.HiddenItems;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.plan.ResolvedCondition;
import dev.dynamite.core.plan.ResolvedFilter;
import dev.dynamite.core.plan.WritePlan;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Renders plans into SDK requests, every name and value as a placeholder: the reads of a {@link ReadPlan} and the
 * writes of a {@link WritePlan}. Pure: it sends nothing.
 */
public final class RequestFactory {

	private RequestFactory() {
	}

	/**
	 * The GetItem request of a key lookup, with the plan's consistency and projection.
	 * @param plan the plan
	 * @param get the get
	 * @return the GetItem request of a key lookup, with the plan's consistency and projection
	 */
	public static GetItemRequest get(ReadPlan plan, ReadPlan.GetItem get) {
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

	/**
	 * The keys of one BatchGetItem request for the plan's table, with the plan's consistency and projection.
	 * @param plan the plan
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return the keys of one BatchGetItem request for the plan's table, with the plan's consistency and projection
	 */
	public static KeysAndAttributes keysAndAttributes(ReadPlan plan, List<Map<String, AttributeValue>> keys) {
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

	/**
	 * A Query of one owner's links in a pivot table (keys only: the items hold nothing else).
	 * @param read the link read
	 * @param startKey where the page starts, or {@code null}
	 * @return the request
	 */
	public static QueryRequest links(dev.dynamite.core.plan.RelationPlanner.LinkRead read,
			@Nullable Map<String, AttributeValue> startKey) {
		QueryRequest.Builder builder = QueryRequest.builder()
			.tableName(read.table())
			.keyConditionExpression("#k = :k")
			.expressionAttributeNames(Map.of("#k", read.keyAttribute()))
			.expressionAttributeValues(Map.of(":k", read.value()));
		if (read.index() != null) {
			builder.indexName(read.index());
		}
		if (startKey != null) {
			builder.exclusiveStartKey(startKey);
		}
		return builder.build();
	}

	/**
	 * A Query of one partition; {@code count} asks for {@code Select=COUNT} instead of items.
	 * @param plan the plan
	 * @param query the query
	 * @param partition the partition
	 * @param startKey the start key
	 * @param count the count
	 * @return a Query of one partition
	 */
	public static QueryRequest query(ReadPlan plan, ReadPlan.Query query, AttributeValue partition,
			@Nullable Map<String, AttributeValue> startKey, boolean count) {
		List<String> projection = query.fetch() ? indexKeys(plan, query) : plan.projection();
		boolean consistent = plan.consistentRead() && (query.index() == null || query.index().local());
		return query(plan, query.indexName(), query.partitionKey().getAttributeName(), partition, query.sortCondition(),
				query.filter(), projection, consistent, startKey, count);
	}

	/** A Query of one partition of the table or of an index. */
	private static QueryRequest query(ReadPlan plan, @Nullable String index, String partitionAttribute,
			AttributeValue partition, @Nullable ResolvedCondition sortCondition, ResolvedFilter filter,
			@Nullable List<String> projection, boolean consistent, @Nullable Map<String, AttributeValue> startKey,
			boolean count) {
		Expressions expressions = new Expressions();
		String keyCondition = expressions.name(partitionAttribute) + " = " + expressions.value(partition);
		if (sortCondition != null) {
			keyCondition += " AND " + expressions.condition(sortCondition);
		}
		QueryRequest.Builder builder = QueryRequest.builder()
			.tableName(plan.entity().getTableName())
			.indexName(index)
			.keyConditionExpression(keyCondition)
			.scanIndexForward(plan.forward())
			.exclusiveStartKey(startKey);
		String filterExpression = filterExpression(plan, filter, expressions);
		if (filterExpression != null) {
			builder.filterExpression(filterExpression);
		}
		if (count) {
			builder.select(Select.COUNT);
		}
		else if (projection != null) {
			builder.projectionExpression(expressions.projection(projection));
		}
		if (consistent) {
			builder.consistentRead(true);
		}
		return builder.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.build();
	}

	/**
	 * A Query of one shard of the creation-order index, in the read's direction; {@code count} asks for
	 * {@code Select=COUNT} instead of items.
	 * @param plan the plan
	 * @param ordered the creation-order read
	 * @param shard the shard value
	 * @param startKey the start key
	 * @param count the count
	 * @return a Query of one shard of the creation-order index
	 */
	public static QueryRequest creationOrder(ReadPlan plan, ReadPlan.CreationOrder ordered, AttributeValue shard,
			@Nullable Map<String, AttributeValue> startKey, boolean count) {
		return query(plan, ordered.index().name(), ordered.index().shardAttribute(), shard, ordered.sortCondition(),
				ordered.filter(), plan.projection(), false, startKey, count);
	}

	/**
	 * The FilterExpression of a Query or Scan: the filter's remaining conditions and, for an entity with {@code @Ttl} or
	 * {@code @DeleteAt}, that the item has not expired and is not soft-deleted; {@code null} when there is nothing.
	 */
	private static @Nullable String filterExpression(ReadPlan plan, ResolvedFilter filter, Expressions expressions) {
		String conditions = (filter.kind() != Filter.Kind.ALL) ? expressions.condition(filter) : null;
		if (!plan.hiddenOnServer()) {
			return conditions;
		}
		HiddenItems hidden = plan.hidden();
		List<String> parts = new ArrayList<>(3);
		if (conditions != null) {
			parts.add(conditions);
		}
		if (hidden.ttlAttribute() != null) {
			String ttl = expressions.name(hidden.ttlAttribute());
			parts.add("(attribute_not_exists(" + ttl + ") OR NOT attribute_type(" + ttl + ", "
					+ expressions.value(AttributeValue.fromS("N")) + ") OR " + ttl + " > "
					+ expressions.value(AttributeValue.fromN(Long.toString(hidden.now()))) + ")");
		}
		if (hidden.trashAttribute() != null) {
			String trash = expressions.name(hidden.trashAttribute());
			parts.add("(attribute_not_exists(" + trash + ") OR attribute_type(" + trash + ", "
					+ expressions.value(AttributeValue.fromS("NULL")) + "))");
		}
		if (hidden.typeAttribute() != null && hidden.type() != null) {
			parts.add(expressions.name(hidden.typeAttribute()) + " = " + expressions.value(AttributeValue.fromS(hidden.type())));
		}
		return String.join(" AND ", parts);
	}

	/** The table's and the index's keys: what a Query whose items are fetched from the table asks the index for. */
	private static List<String> indexKeys(ReadPlan plan, ReadPlan.Query query) {
		Set<String> keys = new LinkedHashSet<>(QueryPlanner.keyAttributes(plan.entity()));
		keys.add(query.partitionKey().getAttributeName());
		if (query.sortKey() != null) {
			keys.add(query.sortKey().getAttributeName());
		}
		return List.copyOf(keys);
	}

	/**
	 * A Scan; {@code count} asks for {@code Select=COUNT} instead of items.
	 * @param plan the plan
	 * @param scan the scan
	 * @param startKey the start key
	 * @param count the count
	 * @return a Scan
	 */
	public static ScanRequest scan(ReadPlan plan, ReadPlan.Scan scan, @Nullable Map<String, AttributeValue> startKey,
			boolean count) {
		Expressions expressions = new Expressions();
		ScanRequest.Builder builder = ScanRequest.builder()
			.tableName(plan.entity().getTableName())
			.exclusiveStartKey(startKey);
		String filter = filterExpression(plan, scan.filter(), expressions);
		if (filter != null) {
			builder.filterExpression(filter);
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

	/**
	 * The TransactGetItems of a read of these keys, in order, with the plan's projection.
	 * @param plan the plan (its operation holds the keys)
	 * @param keys the primary keys
	 * @return the TransactGetItems request
	 */
	public static TransactGetItemsRequest transactGet(ReadPlan plan, List<Map<String, AttributeValue>> keys) {
		List<TransactGetItem> gets = new ArrayList<>(keys.size());
		for (Map<String, AttributeValue> key : keys) {
			Get.Builder get = Get.builder().tableName(plan.entity().getTableName()).key(key);
			if (plan.projection() != null) {
				Expressions expressions = new Expressions();
				get.projectionExpression(expressions.projection(plan.projection()))
					.expressionAttributeNames(expressions.names());
			}
			gets.add(TransactGetItem.builder().get(get.build()).build());
		}
		return TransactGetItemsRequest.builder().transactItems(gets).build();
	}

	/**
	 * The PutItem of a put: conditional on the item's absence, or on its version.
	 * @param put the put
	 * @return the PutItem of a put
	 */
	public static PutItemRequest put(WritePlan.Put put) {
		Condition condition = putCondition(put);
		return PutItemRequest.builder()
			.tableName(put.entity().getTableName())
			.item(put.item())
			.conditionExpression(condition.expression())
			.expressionAttributeNames(condition.expressions().names())
			.expressionAttributeValues(condition.expressions().values())
			.returnValuesOnConditionCheckFailure(storedOnFailure(put.condition()))
			.build();
	}

	/**
	 * The UpdateItem of an update: SET / REMOVE of its changes, the version advanced, conditional on the item.
	 * @param update the update
	 * @return the UpdateItem of an update
	 */
	public static UpdateItemRequest update(WritePlan.Update update) {
		Expressions expressions = new Expressions();
		String expression = updateExpression(update, expressions);
		String condition = updateCondition(update, expressions);
		return UpdateItemRequest.builder()
			.tableName(update.entity().getTableName())
			.key(update.key())
			.updateExpression(expression)
			.conditionExpression(condition)
			.expressionAttributeNames(expressions.names())
			.expressionAttributeValues(expressions.values())
			.returnValues(update.returnNew() ? ReturnValue.ALL_NEW : ReturnValue.NONE)
			.returnValuesOnConditionCheckFailure(storedOnFailure(update.condition()))
			.build();
	}

	/**
	 * The DeleteItem of a delete, conditional on the version when the plan has one.
	 * @param delete the delete
	 * @return the DeleteItem of a delete, conditional on the version when the plan has one
	 */
	public static DeleteItemRequest delete(WritePlan.Delete delete) {
		Condition condition = deleteCondition(delete);
		return DeleteItemRequest.builder()
			.tableName(delete.entity().getTableName())
			.key(delete.key())
			.conditionExpression(condition.expression())
			.expressionAttributeNames(condition.expressions().names())
			.expressionAttributeValues(condition.expressions().values())
			.returnValues(delete.returnOld() ? ReturnValue.ALL_OLD : ReturnValue.NONE)
			.returnValuesOnConditionCheckFailure(storedOnFailure(delete.condition()))
			.build();
	}

	/**
	 * The requests of a batch of puts and deletes on one table, for BatchWriteItem.
	 * @param batch the batch
	 * @return the requests of a batch of puts and deletes on one table, for BatchWriteItem
	 */
	public static List<WriteRequest> writeRequests(WritePlan.BatchWrite batch) {
		List<WriteRequest> requests = new ArrayList<>(batch.writes().size());
		for (WritePlan.BatchEntry entry : batch.writes()) {
			requests.add(entry.delete()
					? WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(entry.attributes()).build()).build()
					: WriteRequest.builder().putRequest(PutRequest.builder().item(entry.attributes()).build()).build());
		}
		return requests;
	}

	/**
	 * One BatchWriteItem of up to 25 requests on one table.
	 * @param table the table name
	 * @param requests the requests
	 * @return one BatchWriteItem of up to 25 requests on one table
	 */
	public static BatchWriteItemRequest batchWrite(String table, List<WriteRequest> requests) {
		return BatchWriteItemRequest.builder().requestItems(Map.of(table, requests)).build();
	}

	/**
	 * The TransactWriteItems of a transaction, its actions in order.
	 * @param transaction the transaction
	 * @return the TransactWriteItems of a transaction, its actions in order
	 */
	public static TransactWriteItemsRequest transaction(WritePlan.Transaction transaction) {
		List<TransactWriteItem> items = new ArrayList<>(transaction.actions().size());
		for (WritePlan action : transaction.actions()) {
			items.add(transactItem(action));
		}
		return TransactWriteItemsRequest.builder().transactItems(items).build();
	}

	/**
	 * The ExecuteStatement of a PartiQL statement, continuing after {@code nextToken}.
	 * @param statement the PartiQL statement
	 * @param nextToken the next token
	 * @return the ExecuteStatement of a PartiQL statement, continuing after {@code nextToken}
	 */
	public static ExecuteStatementRequest statement(WritePlan.Statement statement, @Nullable String nextToken) {
		ExecuteStatementRequest.Builder builder = ExecuteStatementRequest.builder()
			.statement(statement.statement())
			.nextToken(nextToken);
		if (statement.consistentRead()) {
			builder.consistentRead(true);
		}
		if (!statement.parameters().isEmpty()) {
			builder.parameters(statement.parameters());
		}
		return builder.build();
	}

	private static TransactWriteItem transactItem(WritePlan action) {
		ReturnValuesOnConditionCheckFailure none = ReturnValuesOnConditionCheckFailure.NONE;
		if (action instanceof WritePlan.Put put) {
			Condition condition = putCondition(put);
			return TransactWriteItem.builder().put(Put.builder().tableName(put.entity().getTableName()).item(put.item())
				.conditionExpression(condition.expression())
				.expressionAttributeNames(condition.expressions().names())
				.expressionAttributeValues(condition.expressions().values())
				.returnValuesOnConditionCheckFailure(none).build()).build();
		}
		if (action instanceof WritePlan.Update update) {
			Expressions expressions = new Expressions();
			String expression = updateExpression(update, expressions);
			String condition = updateCondition(update, expressions);
			return TransactWriteItem.builder().update(Update.builder().tableName(update.entity().getTableName())
				.key(update.key()).updateExpression(expression).conditionExpression(condition)
				.expressionAttributeNames(expressions.names()).expressionAttributeValues(expressions.values())
				.returnValuesOnConditionCheckFailure(none).build()).build();
		}
		if (action instanceof WritePlan.Delete delete) {
			Condition condition = deleteCondition(delete);
			return TransactWriteItem.builder().delete(Delete.builder().tableName(delete.entity().getTableName())
				.key(delete.key()).conditionExpression(condition.expression())
				.expressionAttributeNames(condition.expressions().names())
				.expressionAttributeValues(condition.expressions().values())
				.returnValuesOnConditionCheckFailure(none).build()).build();
		}
		if (action instanceof WritePlan.ConditionCheck check) {
			Expressions expressions = new Expressions();
			String condition = expressions.condition(check.condition());
			return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(check.entity().getTableName())
				.key(check.key()).conditionExpression(condition)
				.expressionAttributeNames(expressions.names()).expressionAttributeValues(expressions.values())
				.returnValuesOnConditionCheckFailure(none).build()).build();
		}
		throw new IllegalArgumentException("A transaction holds puts, updates, deletes and condition checks, not " + action);
	}

	private static Condition putCondition(WritePlan.Put put) {
		Expressions expressions = new Expressions();
		String condition = null;
		if (put.mustNotExist()) {
			condition = "attribute_not_exists(" + expressions.name(put.entity().getPartitionKey().getAttributeName()) + ")";
		}
		else if (put.expectedVersion() != null && put.versionAttribute() != null) {
			condition = expressions.name(put.versionAttribute()) + " = " + expressions.value(number(put.expectedVersion()));
		}
		return new Condition(and(condition, put.condition(), expressions), expressions);
	}

	private static Condition deleteCondition(WritePlan.Delete delete) {
		Expressions expressions = new Expressions();
		String condition = null;
		if (delete.expectedVersion() != null && delete.versionAttribute() != null) {
			condition = expressions.name(delete.versionAttribute()) + " = " + expressions.value(number(delete.expectedVersion()));
		}
		return new Condition(and(condition, delete.condition(), expressions), expressions);
	}

	private static String updateExpression(WritePlan.Update update, Expressions expressions) {
		List<String> set = new ArrayList<>();
		List<String> remove = new ArrayList<>();
		update.changes().forEach((attribute, value) -> {
			if (value == null) {
				remove.add(expressions.name(attribute));
			}
			else {
				set.add(expressions.name(attribute) + " = " + expressions.value(value));
			}
		});
		String version = update.versionAttribute();
		if (version != null) {
			String name = expressions.name(version);
			if (update.expectedVersion() != null) {
				set.add(name + " = " + expressions.value(number(update.expectedVersion() + 1)));
			}
			else {
				set.add(name + " = if_not_exists(" + name + ", " + expressions.value(number(0)) + ") + "
						+ expressions.value(number(1)));
			}
		}
		StringBuilder expression = new StringBuilder();
		if (!set.isEmpty()) {
			expression.append("SET ").append(String.join(", ", set));
		}
		if (!remove.isEmpty()) {
			expression.append(expression.length() > 0 ? " " : "").append("REMOVE ").append(String.join(", ", remove));
		}
		if (!update.additions().isEmpty()) {
			List<String> add = new ArrayList<>();
			update.additions().forEach((attribute, value) -> add.add(expressions.name(attribute) + " " + expressions.value(value)));
			expression.append(expression.length() > 0 ? " " : "").append("ADD ").append(String.join(", ", add));
		}
		return expression.toString();
	}

	private static String updateCondition(WritePlan.Update update, Expressions expressions) {
		String condition = "attribute_exists(" + expressions.name(update.entity().getPartitionKey().getAttributeName()) + ")";
		if (update.versionAttribute() != null && update.expectedVersion() != null) {
			condition += " AND " + expressions.name(update.versionAttribute()) + " = "
					+ expressions.value(number(update.expectedVersion()));
		}
		return and(condition, update.condition(), expressions);
	}

	/** The write's own condition ANDed with the user's ({@code WriteOptions.condition}), either possibly absent. */
	private static @Nullable String and(@Nullable String own, @Nullable ResolvedFilter user, Expressions expressions) {
		if (user == null) {
			return own;
		}
		String rendered = expressions.condition(user);
		return (own == null) ? rendered : own + " AND " + rendered;
	}

	/** With a user condition, a failed write returns the stored item: it tells which condition failed. */
	private static @Nullable ReturnValuesOnConditionCheckFailure storedOnFailure(@Nullable ResolvedFilter user) {
		return (user != null) ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
	}

	private static AttributeValue number(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

	private record Condition(@Nullable String expression, Expressions expressions) {
	}
}

package dev.dynamite.core.observation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What a DynamoDB request is, for observations and logs: its operation, table and index, and its expressions with
 * their placeholders ({@code #n0 = :v0}), never the values behind them; those only in {@link #values()}.
 *
 * @param operation the DynamoDB operation, such as {@code GetItem}
 * @param table the table, several joined with a comma for a batch or a transaction, {@code none} for PartiQL
 * @param index the index, or {@code none}
 * @param expressions the expressions by role (key, filter, projection, condition, update, statement), with
 * placeholders
 * @param names the attribute-name placeholders
 * @param values the attribute values behind the value placeholders, and the keys and items sent (for TRACE only)
 */
public record RequestDescription(String operation, String table, String index, Map<String, String> expressions,
		@Nullable Map<String, String> names, @Nullable Object values) {

	/** What is not there. */
	public static final String NONE = "none";

	/**
	 * The description of a request.
	 * @param request the request
	 * @return the description of a request
	 */
	public static RequestDescription of(SdkRequest request) {
		if (request instanceof GetItemRequest get) {
			return new RequestDescription("GetItem", get.tableName(), NONE, expressions("projection",
					get.projectionExpression()), get.expressionAttributeNames(), get.key());
		}
		if (request instanceof QueryRequest query) {
			return new RequestDescription("Query", query.tableName(), orNone(query.indexName()),
					expressions("key", query.keyConditionExpression(), "filter", query.filterExpression(), "projection",
							query.projectionExpression()), query.expressionAttributeNames(),
					query.expressionAttributeValues());
		}
		if (request instanceof ScanRequest scan) {
			return new RequestDescription("Scan", scan.tableName(), orNone(scan.indexName()),
					expressions("filter", scan.filterExpression(), "projection", scan.projectionExpression()),
					scan.expressionAttributeNames(), scan.expressionAttributeValues());
		}
		if (request instanceof PutItemRequest put) {
			return new RequestDescription("PutItem", put.tableName(), NONE,
					expressions("condition", put.conditionExpression()), put.expressionAttributeNames(), put.item());
		}
		if (request instanceof UpdateItemRequest update) {
			return new RequestDescription("UpdateItem", update.tableName(), NONE,
					expressions("update", update.updateExpression(), "condition", update.conditionExpression()),
					update.expressionAttributeNames(), update.expressionAttributeValues());
		}
		if (request instanceof DeleteItemRequest delete) {
			return new RequestDescription("DeleteItem", delete.tableName(), NONE,
					expressions("condition", delete.conditionExpression()), delete.expressionAttributeNames(), delete.key());
		}
		if (request instanceof BatchGetItemRequest batch) {
			return new RequestDescription("BatchGetItem", String.join(",", batch.requestItems().keySet()), NONE,
					expressions("keys", String.valueOf(batch.requestItems().values().stream()
						.mapToInt(keys -> keys.keys().size()).sum())), null, batch.requestItems());
		}
		if (request instanceof BatchWriteItemRequest batch) {
			return new RequestDescription("BatchWriteItem", String.join(",", batch.requestItems().keySet()), NONE,
					expressions("writes", String.valueOf(batch.requestItems().values().stream()
						.mapToInt(java.util.List::size).sum())), null, batch.requestItems());
		}
		if (request instanceof TransactWriteItemsRequest transaction) {
			Set<String> tables = new LinkedHashSet<>();
			transaction.transactItems().forEach(item -> {
				if (item.put() != null) {
					tables.add(item.put().tableName());
				}
				else if (item.update() != null) {
					tables.add(item.update().tableName());
				}
				else if (item.delete() != null) {
					tables.add(item.delete().tableName());
				}
				else if (item.conditionCheck() != null) {
					tables.add(item.conditionCheck().tableName());
				}
			});
			return new RequestDescription("TransactWriteItems", String.join(",", tables), NONE,
					expressions("actions", String.valueOf(transaction.transactItems().size())), null,
					transaction.transactItems());
		}
		if (request instanceof TransactGetItemsRequest transaction) {
			Set<String> tables = new LinkedHashSet<>();
			transaction.transactItems().forEach(item -> tables.add(item.get().tableName()));
			return new RequestDescription("TransactGetItems", String.join(",", tables), NONE,
					expressions("gets", String.valueOf(transaction.transactItems().size())), null,
					transaction.transactItems());
		}
		if (request instanceof ExecuteStatementRequest statement) {
			return new RequestDescription("ExecuteStatement", NONE, NONE, expressions("statement", statement.statement()),
					null, statement.parameters());
		}
		return new RequestDescription(request.getClass().getSimpleName().replace("Request", ""), NONE, NONE, Map.of(),
				null, null);
	}

	/**
	 * {@code key="#n0 = :v0" filter="..."}: the expressions, and the names they use.
	 * @return the expressions and names, or an empty text when the request has none
	 */
	public String expressionsText() {
		StringJoiner text = new StringJoiner(" ");
		this.expressions.forEach((role, expression) -> text.add(role + "=\"" + expression + "\""));
		if (this.names != null && !this.names.isEmpty()) {
			text.add("names=" + this.names);
		}
		return text.toString();
	}

	private static String orNone(@Nullable String value) {
		return value == null ? NONE : value;
	}

	private static Map<String, String> expressions(@Nullable String... roleAndExpression) {
		Map<String, String> expressions = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < roleAndExpression.length; i += 2) {
			if (roleAndExpression[i + 1] != null) {
				expressions.put(roleAndExpression[i], roleAndExpression[i + 1]);
			}
		}
		return expressions;
	}

}

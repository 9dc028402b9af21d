package dev.dynamite.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Health of DynamoDB as Dynamite uses it: UP when every table of the registered entities is ACTIVE (details: each
 * table's status), DOWN when one is missing or not ACTIVE, or when DynamoDB cannot be reached. Without registered
 * tables it checks that {@code ListTables} answers.
 */
public class DynamiteHealthIndicator extends AbstractHealthIndicator {

	private final DynamoDbClient client;

	private final TableNames tableNames;

	/**
	 * @param client the DynamoDB client
	 * @param tableNames the names of the tables to check, read at each check
	 */
	public DynamiteHealthIndicator(DynamoDbClient client, TableNames tableNames) {
		super("DynamoDB health check failed");
		Assert.notNull(client, "DynamoDbClient must not be null");
		Assert.notNull(tableNames, "TableNames must not be null");
		this.client = client;
		this.tableNames = tableNames;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<String> tables = this.tableNames.get();
		if (tables.isEmpty()) {
			this.client.listTables((request) -> request.limit(1));
			builder.up().withDetail("tables", Map.of());
			return;
		}
		Map<String, String> statuses = new LinkedHashMap<>();
		boolean up = true;
		for (String table : tables) {
			String status = status(table);
			statuses.put(table, status);
			up &= TableStatus.ACTIVE.toString().equals(status);
		}
		(up ? builder.up() : builder.down()).withDetail("tables", statuses);
	}

	private String status(String table) {
		try {
			return this.client.describeTable((request) -> request.tableName(table)).table().tableStatusAsString();
		}
		catch (ResourceNotFoundException ex) {
			return "MISSING";
		}
	}

	/** Supplies the table names to check. */
	@FunctionalInterface
	public interface TableNames {

		/**
		 * The table names, in a stable order.
		 * @return the table names, in a stable order
		 */
		List<String> get();
	}
}

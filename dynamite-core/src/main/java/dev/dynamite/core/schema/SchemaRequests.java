package dev.dynamite.core.schema;

import java.util.Optional;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * The DynamoDB requests of schema synchronisation, with SDK exceptions translated into Spring
 * {@code DataAccessException}s that say which table and entity sync was working on.
 */
final class SchemaRequests {

	private final DynamoDbClient client;

	private final TableStatusWaiter waiter;

	SchemaRequests(DynamoDbClient client, TableStatusWaiter waiter) {
		this.client = client;
		this.waiter = waiter;
	}

	/** DescribeTable; empty when the table does not exist. */
	Optional<TableDescription> describe(TableDefinition definition) {
		try {
			return Optional.of(this.client.describeTable((request) -> request.tableName(definition.tableName())).table());
		}
		catch (ResourceNotFoundException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("describe table " + target(definition), ex);
		}
	}

	/**
	 * Sends CreateTable without waiting.
	 * @return {@code false} when the table exists already (created concurrently by another process)
	 */
	boolean startCreate(TableDefinition definition) {
		try {
			this.client.createTable(definition.createTableRequest());
			return true;
		}
		catch (ResourceInUseException ex) {
			return false;
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("create table " + target(definition), ex);
		}
	}

	/** Waits until the table exists and is ACTIVE. */
	TableDescription awaitTable(TableDefinition definition) {
		try {
			return this.waiter.awaitTable(definition.tableName());
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("wait for table %s to become ACTIVE".formatted(target(definition)),
					ex);
		}
	}

	/** Waits until the table is ACTIVE, then sends UpdateTable creating one global index, without waiting. */
	void startAddIndex(TableDefinition definition, String indexName) {
		awaitTable(definition);
		try {
			this.client.updateTable(definition.addIndexRequest(indexName));
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator
				.translate("add global index '%s' to table %s".formatted(indexName, target(definition)), ex);
		}
	}

	/** DescribeTimeToLive. */
	TimeToLiveDescription describeTimeToLive(TableDefinition definition) {
		try {
			return this.client.describeTimeToLive((request) -> request.tableName(definition.tableName()))
				.timeToLiveDescription();
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("describe Time to Live of table " + target(definition), ex);
		}
	}

	/** UpdateTimeToLive turning Time to Live on for the entity's {@code @Ttl} attribute. */
	void enableTimeToLive(TableDefinition definition) {
		try {
			this.client.updateTimeToLive((request) -> request.tableName(definition.tableName())
				.timeToLiveSpecification((ttl) -> ttl.enabled(true).attributeName(definition.ttlAttribute())));
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate("turn Time to Live on for table " + target(definition), ex);
		}
	}

	/** Waits until the index and its table are ACTIVE. */
	void awaitIndex(TableDefinition definition, String indexName) {
		try {
			this.waiter.awaitIndex(definition.tableName(), indexName);
		}
		catch (SdkException ex) {
			throw SchemaExceptionTranslator.translate(
					"wait for global index '%s' of table %s to become ACTIVE".formatted(indexName, target(definition)),
					ex);
		}
	}

	private static String target(TableDefinition definition) {
		return "'%s' for entity %s".formatted(definition.tableName(), definition.entityName());
	}
}

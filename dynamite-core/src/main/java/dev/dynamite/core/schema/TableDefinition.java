package dev.dynamite.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.GlobalIndexDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * What an entity's mapping asks of DynamoDB: the table name, its key and its global secondary indexes
 * (projection ALL), and the requests that create them.
 */
final class TableDefinition {

	private final Class<?> entityType;

	private final String tableName;

	private final KeyDefinition key;

	private final Map<String, KeyDefinition> indexes;

	private TableDefinition(Class<?> entityType, String tableName, KeyDefinition key,
			Map<String, KeyDefinition> indexes) {
		this.entityType = entityType;
		this.tableName = tableName;
		this.key = key;
		this.indexes = Collections.unmodifiableMap(indexes);
	}

	/** The definition of an entity's table. */
	static TableDefinition of(DynamitePersistentEntity<?> entity) {
		Map<String, KeyDefinition> indexes = new LinkedHashMap<>();
		for (GlobalIndexDefinition index : entity.getGlobalIndexes()) {
			indexes.put(index.name(), KeyDefinition.of(index.partitionKey(), index.sortKey()));
		}
		return new TableDefinition(entity.getType(), entity.getTableName(),
				KeyDefinition.of(entity.getPartitionKey(), entity.getSortKey()), indexes);
	}

	Class<?> entityType() {
		return this.entityType;
	}

	/** The simple name of the entity class, for messages. */
	String entityName() {
		return this.entityType.getSimpleName();
	}

	String tableName() {
		return this.tableName;
	}

	KeyDefinition key() {
		return this.key;
	}

	/** The global secondary indexes by name, in declaration order. */
	Map<String, KeyDefinition> indexes() {
		return this.indexes;
	}

	/** CreateTable with the key, every index and on-demand (PAY_PER_REQUEST) billing. */
	CreateTableRequest createTableRequest() {
		Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
		this.key.attributeDefinitions().forEach((definition) -> attributes.put(definition.attributeName(), definition));
		CreateTableRequest.Builder request = CreateTableRequest.builder()
			.tableName(this.tableName)
			.keySchema(this.key.keySchema())
			.billingMode(BillingMode.PAY_PER_REQUEST);
		if (!this.indexes.isEmpty()) {
			request.globalSecondaryIndexes(this.indexes.entrySet()
				.stream()
				.map((entry) -> globalSecondaryIndex(entry.getKey(), entry.getValue()))
				.toList());
			this.indexes.values()
				.forEach((index) -> index.attributeDefinitions()
					.forEach((definition) -> attributes.putIfAbsent(definition.attributeName(), definition)));
		}
		return request.attributeDefinitions(attributes.values()).build();
	}

	/** UpdateTable adding one global secondary index (DynamoDB accepts one index creation per call). */
	UpdateTableRequest addIndexRequest(String indexName) {
		KeyDefinition index = this.indexes.get(indexName);
		if (index == null) {
			throw new IllegalArgumentException("Entity %s declares no global index '%s'".formatted(entityName(), indexName));
		}
		List<AttributeDefinition> attributes = index.attributeDefinitions();
		return UpdateTableRequest.builder()
			.tableName(this.tableName)
			.attributeDefinitions(attributes)
			.globalSecondaryIndexUpdates((update) -> update.create((create) -> create.indexName(indexName)
				.keySchema(index.keySchema())
				.projection(allAttributes())))
			.build();
	}

	/** A short description for logs and {@link SchemaChange#detail()}. */
	String describe() {
		String description = this.key.describe();
		if (!this.indexes.isEmpty()) {
			description += ", global indexes " + this.indexes.keySet();
		}
		return description;
	}

	private static GlobalSecondaryIndex globalSecondaryIndex(String name, KeyDefinition key) {
		return GlobalSecondaryIndex.builder().indexName(name).keySchema(key.keySchema()).projection(allAttributes()).build();
	}

	private static Projection allAttributes() {
		return Projection.builder().projectionType(ProjectionType.ALL).build();
	}
}

package dev.dynamite.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreationOrderIndex;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.IndexDefinition;
import dev.dynamite.mapping.PivotTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * What an entity's mapping asks of DynamoDB: the table name, its key and its secondary indexes (global and local,
 * with their projections), and the requests that create them.
 */
final class TableDefinition {

	private final Class<?> entityType;

	private final String tableName;

	private final KeyDefinition key;

	private final Map<String, IndexSchema> indexes;

	private final @Nullable String ttlAttribute;

	private final @Nullable CreationOrderIndex creationOrder;

	/** The entity types sharing the table (single-table design), by type name; empty for a table of one entity. */
	private final Map<String, Class<?>> sharedBy;

	private TableDefinition(Class<?> entityType, String tableName, KeyDefinition key,
			Map<String, IndexSchema> indexes, @Nullable String ttlAttribute, @Nullable CreationOrderIndex creationOrder) {
		this(entityType, tableName, key, indexes, ttlAttribute, creationOrder, Map.of());
	}

	private TableDefinition(Class<?> entityType, String tableName, KeyDefinition key,
			Map<String, IndexSchema> indexes, @Nullable String ttlAttribute, @Nullable CreationOrderIndex creationOrder,
			Map<String, Class<?>> sharedBy) {
		this.sharedBy = sharedBy;
		this.entityType = entityType;
		this.tableName = tableName;
		this.key = key;
		this.indexes = Collections.unmodifiableMap(indexes);
		this.ttlAttribute = ttlAttribute;
		this.creationOrder = creationOrder;
	}

	/** The definition of an entity's table. */
	static TableDefinition of(DynamitePersistentEntity<?> entity) {
		Map<String, IndexSchema> indexes = new LinkedHashMap<>();
		for (IndexDefinition index : entity.getIndexes()) {
			indexes.put(index.name(), IndexSchema.of(index));
		}
		CreationOrderIndex creationOrder = entity.getCreationOrderIndex();
		if (creationOrder != null) {
			KeyDefinition key = new KeyDefinition(creationOrder.shardAttribute(), ScalarAttributeType.S,
					creationOrder.createdAt().getAttributeName(), KeyAttributeTypes.of(creationOrder.createdAt()));
			indexes.put(creationOrder.name(), new IndexSchema(key, false, ProjectionType.ALL, Set.of()));
		}
		return new TableDefinition(entity.getType(), entity.getTableName(),
				KeyDefinition.of(entity.getPartitionKey(), entity.getSortKey()), indexes,
				(entity.getTtl() != null) ? entity.getTtl().getAttributeName() : null, creationOrder,
				(entity.getSingleTable() != null) ? Map.of(entity.getSingleTable().type(), entity.getType()) : Map.of());
	}

	/** Whether the table is shared by entity types (single-table design). */
	boolean shared() {
		return !this.sharedBy.isEmpty();
	}

	/**
	 * The table shared by this definition's entity types and another's: the same key, the union of their indexes,
	 * one Time to Live attribute.
	 * @throws IllegalArgumentException naming both entities when they disagree, or when they have one type name
	 */
	TableDefinition sharedWith(TableDefinition other) {
		String entities = "Entities %s and %s share table '%s'".formatted(this.sharedBy.values().stream()
			.map(Class::getSimpleName).toList(), other.entityName(), this.tableName);
		for (Map.Entry<String, Class<?>> type : other.sharedBy.entrySet()) {
			Class<?> same = this.sharedBy.get(type.getKey());
			if (same != null && same != type.getValue()) {
				throw new IllegalArgumentException(("%s, and %s and %s both have the type '%s': reads could not tell their "
						+ "items apart; give each its own @DynamiteTable(type = \"...\")").formatted(entities,
								same.getName(), type.getValue().getName(), type.getKey()));
			}
		}
		if (!this.key.equals(other.key)) {
			throw new IllegalArgumentException("%s but disagree on its key: %s and %s; use the same partitionKey and sortKey"
				.formatted(entities, this.key.describe(), other.key.describe()));
		}
		if (this.ttlAttribute != null && other.ttlAttribute != null && !this.ttlAttribute.equals(other.ttlAttribute)) {
			throw new IllegalArgumentException(("%s but disagree on its Time to Live attribute: '%s' and '%s' (a table has "
					+ "one); store @Ttl under one name with @Name").formatted(entities, this.ttlAttribute, other.ttlAttribute));
		}
		Map<String, IndexSchema> indexes = new LinkedHashMap<>(this.indexes);
		other.indexes.forEach((name, index) -> {
			IndexSchema mine = indexes.putIfAbsent(name, index);
			if (mine != null && (!mine.key().equals(index.key()) || !mine.sameProjection(index))) {
				throw new IllegalArgumentException("%s but disagree on index '%s': %s and %s".formatted(entities, name,
						mine.describe(), index.describe()));
			}
		});
		Map<String, Class<?>> sharedBy = new LinkedHashMap<>(this.sharedBy);
		sharedBy.putAll(other.sharedBy);
		return new TableDefinition(this.entityType, this.tableName, this.key, indexes,
				this.ttlAttribute != null ? this.ttlAttribute : other.ttlAttribute, null, Collections.unmodifiableMap(sharedBy));
	}

	/**
	 * The definition of a many-to-many pivot table: the two attributes in name order as its key, and the global
	 * index with the key the other way round (projection KEYS_ONLY: a link holds nothing else).
	 */
	static TableDefinition of(PivotTable pivot, Class<?> declaredBy) {
		KeyDefinition key = new KeyDefinition(pivot.partitionAttribute(), KeyAttributeTypes.of(pivot.partitionSource()),
				pivot.sortAttribute(), KeyAttributeTypes.of(pivot.sortSource()));
		KeyDefinition reverse = new KeyDefinition(pivot.sortAttribute(), KeyAttributeTypes.of(pivot.sortSource()),
				pivot.partitionAttribute(), KeyAttributeTypes.of(pivot.partitionSource()));
		Map<String, IndexSchema> indexes = new LinkedHashMap<>();
		indexes.put(pivot.indexName(), new IndexSchema(reverse, false, ProjectionType.KEYS_ONLY, Set.of()));
		return new TableDefinition(declaredBy, pivot.tableName(), key, indexes, null, null);
	}

	Class<?> entityType() {
		return this.entityType;
	}

	/** The simple name of the entity class (of each, for a shared table), for messages. */
	String entityName() {
		return this.sharedBy.size() > 1 ? this.sharedBy.values().stream().map(Class::getSimpleName).toList().toString()
				: this.entityType.getSimpleName();
	}

	String tableName() {
		return this.tableName;
	}

	KeyDefinition key() {
		return this.key;
	}

	/** The creation-order index ({@code @CreatedAt(indexed = true)}), or {@code null}. */
	@Nullable CreationOrderIndex creationOrder() {
		return this.creationOrder;
	}

	/** The attribute of the entity's {@code @Ttl} field, or {@code null}. */
	@Nullable String ttlAttribute() {
		return this.ttlAttribute;
	}

	/** The secondary indexes (global and local) by name, in declaration order. */
	Map<String, IndexSchema> indexes() {
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
		List<GlobalSecondaryIndex> globals = this.indexes.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().local())
			.map((entry) -> GlobalSecondaryIndex.builder()
				.indexName(entry.getKey())
				.keySchema(entry.getValue().key().keySchema())
				.projection(entry.getValue().projection())
				.build())
			.toList();
		List<LocalSecondaryIndex> locals = this.indexes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().local())
			.map((entry) -> LocalSecondaryIndex.builder()
				.indexName(entry.getKey())
				.keySchema(entry.getValue().key().keySchema())
				.projection(entry.getValue().projection())
				.build())
			.toList();
		if (!globals.isEmpty()) {
			request.globalSecondaryIndexes(globals);
		}
		if (!locals.isEmpty()) {
			request.localSecondaryIndexes(locals);
		}
		this.indexes.values()
			.forEach((index) -> index.key()
				.attributeDefinitions()
				.forEach((definition) -> attributes.putIfAbsent(definition.attributeName(), definition)));
		return request.attributeDefinitions(attributes.values()).build();
	}

	/** UpdateTable adding one global secondary index (DynamoDB accepts one index creation per call). */
	UpdateTableRequest addIndexRequest(String indexName) {
		IndexSchema index = this.indexes.get(indexName);
		if (index == null || index.local()) {
			throw new IllegalArgumentException("Entity %s declares no global index '%s'".formatted(entityName(), indexName));
		}
		List<AttributeDefinition> attributes = index.key().attributeDefinitions();
		return UpdateTableRequest.builder()
			.tableName(this.tableName)
			.attributeDefinitions(attributes)
			.globalSecondaryIndexUpdates((update) -> update.create((create) -> create.indexName(indexName)
				.keySchema(index.key().keySchema())
				.projection(index.projection())))
			.build();
	}

	/** A short description for logs and {@link SchemaChange#detail()}. */
	String describe() {
		String description = this.key.describe();
		if (!this.indexes.isEmpty()) {
			description += ", indexes " + this.indexes.keySet();
		}
		return description;
	}
}

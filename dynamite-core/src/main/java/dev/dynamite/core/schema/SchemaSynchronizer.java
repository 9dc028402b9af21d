package dev.dynamite.core.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mapping.MappingException;
import org.springframework.util.Assert;

import dev.dynamite.core.schema.SchemaChange.Action;
import dev.dynamite.mapping.CreationOrderIndex;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.Relation;
import dev.dynamite.mapping.DynamiteTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creates or validates the tables and global secondary indexes of entity classes.
 * <p>
 * {@link SyncMode#CREATE} creates missing tables (on-demand billing, key attribute types from the Java field
 * types, see {@link KeyAttributeTypes}) with their declared global indexes (projection ALL), and adds declared
 * indexes missing on existing tables, one UpdateTable per index; it waits until everything is ACTIVE, then turns Time
 * to Live on for each entity with a {@code @Ttl} field where it is off. Every
 * CreateTable is sent before waiting for any table. {@link SyncMode#VALIDATE} only checks, {@link SyncMode#NONE}
 * sends nothing. Nothing is ever dropped or changed: an existing key schema that contradicts its entity is a
 * {@link SchemaMismatchException}, raised before anything is created.
 */
public class SchemaSynchronizer {

	/** The default bound on waiting for one table or index to become ACTIVE. */
	public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(10);

	private static final Logger logger = LoggerFactory.getLogger(SchemaSynchronizer.class);

	private final DynamiteMappingContext mappingContext;

	private final SchemaRequests requests;

	private final CreationOrderBackfill backfill;

	/**
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping metadata
	 */
	public SchemaSynchronizer(DynamoDbClient client, DynamiteMappingContext mappingContext) {
		this(client, mappingContext, DEFAULT_WAIT_TIMEOUT);
	}

	/**
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping metadata
	 * @param waitTimeout how long to wait for one table or index to become ACTIVE
	 */
	public SchemaSynchronizer(DynamoDbClient client, DynamiteMappingContext mappingContext, Duration waitTimeout) {
		Assert.notNull(client, "DynamoDbClient must not be null");
		Assert.notNull(mappingContext, "DynamiteMappingContext must not be null");
		Assert.notNull(waitTimeout, "Wait timeout must not be null");
		Assert.isTrue(!waitTimeout.isNegative() && !waitTimeout.isZero(), "Wait timeout must be positive");
		this.mappingContext = mappingContext;
		this.requests = new SchemaRequests(client, new TableStatusWaiter(client, waitTimeout));
		this.backfill = new CreationOrderBackfill(client);
	}

	/**
	 * Brings the tables of the given entity classes in line with their mapping, per mode.
	 * @param entityTypes classes annotated {@link DynamiteTable @DynamiteTable}
	 * @param mode what to do
	 * @return one change per table (created or unchanged), or per index added to an existing table, in the order
	 * of the entity types; empty for {@link SyncMode#NONE}
	 * @throws IllegalArgumentException when a class is not annotated {@code @DynamiteTable} or two classes map to
	 * the same table (before any request)
	 * @throws SchemaMismatchException when a table or index contradicts its entity, or (VALIDATE) is missing
	 */
	public List<SchemaChange> sync(Collection<Class<?>> entityTypes, SyncMode mode) {
		Assert.notNull(entityTypes, "Entity types must not be null");
		Assert.notNull(mode, "SyncMode must not be null");
		if (mode == SyncMode.NONE) {
			return List.of();
		}
		List<TableDefinition> definitions = definitions(entityTypes);
		Map<TableDefinition, Optional<TableDescription>> described = new LinkedHashMap<>();
		definitions.forEach((definition) -> described.put(definition, this.requests.describe(definition)));
		return (mode == SyncMode.VALIDATE) ? validate(described) : create(described);
	}

	private List<TableDefinition> definitions(Collection<Class<?>> entityTypes) {
		Map<String, TableDefinition> byTable = new LinkedHashMap<>();
		List<DynamitePersistentEntity<?>> entities = new ArrayList<>();
		for (Class<?> type : new LinkedHashSet<>(entityTypes)) {
			Assert.notNull(type, "Entity type must not be null");
			if (!AnnotatedElementUtils.hasAnnotation(type, DynamiteTable.class)) {
				throw new IllegalArgumentException(("Class %s is not an entity: annotate it with @DynamiteTable to have "
						+ "sync manage its table").formatted(type.getName()));
			}
			DynamitePersistentEntity<?> entity = entity(type);
			entities.add(entity);
		}
		// relations first: a has-many adds the foreign-key index to its target's definition
		Map<String, TableDefinition> pivots = new LinkedHashMap<>();
		for (DynamitePersistentEntity<?> entity : entities) {
			for (Relation relation : this.mappingContext.getRelations(entity).values()) {
				if (relation.pivot() != null) {
					addPivot(pivots, relation);
				}
			}
		}
		for (DynamitePersistentEntity<?> entity : entities) {
			TableDefinition definition = TableDefinition.of(entity);
			TableDefinition other = byTable.putIfAbsent(definition.tableName(), definition);
			if (other != null && other.shared() && definition.shared()) {
				byTable.put(definition.tableName(), other.sharedWith(definition));
			}
			else if (other != null) {
				throw new IllegalArgumentException(("Entities %s and %s both map to table '%s'; give one of them "
						+ "another name with @DynamiteTable(\"...\")").formatted(other.entityType().getName(),
								entity.getType().getName(), definition.tableName()));
			}
		}
		pivots.forEach((table, pivot) -> {
			TableDefinition entityTable = byTable.putIfAbsent(table, pivot);
			if (entityTable != null) {
				throw new IllegalArgumentException(("The pivot table '%s' of a @ManyToMany relation of %s is also the table "
						+ "of entity %s; give the pivot another name").formatted(table, pivot.entityName(),
								entityTable.entityType().getName()));
			}
		});
		return new ArrayList<>(byTable.values());
	}

	/** The pivot of a many-to-many relation, once per table; two relations that disagree on it are refused. */
	private static void addPivot(Map<String, TableDefinition> pivots, Relation relation) {
		TableDefinition pivot = TableDefinition.of(relation.pivot(), relation.owner().getType());
		TableDefinition other = pivots.putIfAbsent(pivot.tableName(), pivot);
		if (other != null && !other.key().equals(pivot.key())) {
			throw new IllegalArgumentException(("Relations of %s and %s use pivot table '%s' with different keys (%s and "
					+ "%s); use the same foreignKey/relatedKey attribute names and key types on both sides").formatted(
							other.entityName(), pivot.entityName(), pivot.tableName(), other.key().describe(),
							pivot.key().describe()));
		}
	}

	/**
	 * The entity metadata. Spring Data wraps the mapping context's verification error ("Entity ... has no
	 * partition key ...") in a generic "Cannot create PersistentEntity"; the caller gets the original.
	 */
	private DynamitePersistentEntity<?> entity(Class<?> type) {
		try {
			return this.mappingContext.getRequiredPersistentEntity(type);
		}
		catch (MappingException ex) {
			throw (ex.getCause() instanceof MappingException cause) ? cause : ex;
		}
	}

	private List<SchemaChange> validate(Map<TableDefinition, Optional<TableDescription>> described) {
		List<SchemaChange> changes = new ArrayList<>();
		described.forEach((definition, table) -> {
			if (table.isEmpty()) {
				throw new SchemaMismatchException(("Table '%s' for entity %s does not exist; run sync in CREATE mode "
						+ "(dynamite.sync=create)").formatted(definition.tableName(), definition.entityName()));
			}
			List<String> missing = TableSchemaValidator.missingIndexes(definition, table.get());
			if (!missing.isEmpty()) {
				String index = missing.get(0);
				throw new SchemaMismatchException(("Table '%s' for entity %s has no global index '%s' (%s); run sync "
						+ "in CREATE mode (dynamite.sync=create)").formatted(definition.tableName(),
								definition.entityName(), index, definition.indexes().get(index).describe()));
			}
			if (definition.ttlAttribute() != null && !timeToLiveOn(definition)) {
				throw new SchemaMismatchException(("Table '%s' for entity %s does not have Time to Live on for attribute "
						+ "'%s' (the @Ttl field); run sync in CREATE mode (dynamite.sync=create)")
					.formatted(definition.tableName(), definition.entityName(), definition.ttlAttribute()));
			}
			changes.add(unchanged(definition));
		});
		return changes;
	}

	/**
	 * A creation-order index added to an existing table would not hold its items without a {@code @CreatedAt}
	 * attribute, and ordered reads would miss them: such a table is refused before anything is created.
	 */
	private void checkCreationOrderFits(TableDefinition definition, List<String> missing) {
		CreationOrderIndex index = CreationOrderBackfill.missing(definition, missing);
		if (index == null) {
			return;
		}
		String createdAt = index.createdAt().getAttributeName();
		long without = this.backfill.countWithout(definition, createdAt);
		if (without > 0) {
			throw new SchemaMismatchException(("Table '%s' for entity %s has %d item(s) without '%s': the creation-order "
					+ "index of @CreatedAt(indexed = true) could not hold them, and ordered reads would miss them. Give "
					+ "those items a '%s' value, or remove indexed = true").formatted(definition.tableName(),
							definition.entityName(), without, createdAt, createdAt));
		}
	}

	/**
	 * Whether Time to Live is on (or being turned on) for the entity's attribute.
	 * @throws SchemaMismatchException when it is on for another attribute
	 */
	private boolean timeToLiveOn(TableDefinition definition) {
		TimeToLiveDescription ttl = this.requests.describeTimeToLive(definition);
		TimeToLiveStatus status = ttl.timeToLiveStatus();
		boolean on = status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING;
		if (on && !definition.ttlAttribute().equals(ttl.attributeName())) {
			throw new SchemaMismatchException(("Table '%s' for entity %s has Time to Live on attribute '%s', but the "
					+ "entity's @Ttl field is '%s'. sync never changes it: turn Time to Live off on the table, or move "
					+ "@Ttl to that attribute").formatted(definition.tableName(), definition.entityName(),
							ttl.attributeName(), definition.ttlAttribute()));
		}
		return on;
	}

	private List<SchemaChange> create(Map<TableDefinition, Optional<TableDescription>> described) {
		// check every existing table first: a mismatch fails before anything is created
		Map<TableDefinition, List<String>> missingIndexes = new LinkedHashMap<>();
		described.forEach((definition, table) -> table.ifPresent((description) -> missingIndexes.put(definition,
				TableSchemaValidator.missingIndexes(definition, description))));
		missingIndexes.forEach(this::checkCreationOrderFits);
		// send every CreateTable, then wait for each: the tables are created in parallel
		List<TableDefinition> created = new ArrayList<>();
		List<TableDefinition> createdElsewhere = new ArrayList<>();
		described.forEach((definition, table) -> {
			if (table.isEmpty()) {
				(this.requests.startCreate(definition) ? created : createdElsewhere).add(definition);
			}
		});
		Map<TableDefinition, List<SchemaChange>> changes = new LinkedHashMap<>();
		described.keySet().forEach((definition) -> changes.put(definition, new ArrayList<>()));
		for (TableDefinition definition : created) {
			this.requests.awaitTable(definition);
			logger.info("Created DynamoDB table '{}' for entity {} ({})", definition.tableName(),
					definition.entityName(), definition.describe());
			changes.get(definition)
				.add(new SchemaChange(definition.tableName(), Action.CREATED_TABLE, definition.describe()));
		}
		for (TableDefinition definition : createdElsewhere) {
			logger.debug("Table '{}' was created concurrently by another process; checking it", definition.tableName());
			missingIndexes.put(definition,
					TableSchemaValidator.missingIndexes(definition, this.requests.awaitTable(definition)));
		}
		addIndexes(missingIndexes, changes);
		missingIndexes.forEach((definition, missing) -> {
			CreationOrderIndex index = CreationOrderBackfill.missing(definition, missing);
			if (index != null) {
				long filled = this.backfill.backfill(definition, index);
				logger.info("Wrote the creation-order shard of {} existing item(s) of DynamoDB table '{}' (entity {})",
						filled, definition.tableName(), definition.entityName());
			}
		});
		for (TableDefinition definition : described.keySet()) {
			if (definition.ttlAttribute() != null && !timeToLiveOn(definition)) {
				this.requests.enableTimeToLive(definition);
				logger.info("Turned Time to Live on for attribute '{}' of DynamoDB table '{}' (entity {})",
						definition.ttlAttribute(), definition.tableName(), definition.entityName());
				changes.get(definition)
					.add(new SchemaChange(definition.tableName(), Action.ENABLED_TTL, definition.ttlAttribute()));
			}
		}
		missingIndexes.forEach((definition, missing) -> {
			if (missing.isEmpty() && changes.get(definition).isEmpty()) {
				changes.get(definition).add(unchanged(definition));
			}
		});
		return changes.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * DynamoDB creates one index per UpdateTable and table: each round starts the next missing index of every
	 * table, then waits for them.
	 */
	private void addIndexes(Map<TableDefinition, List<String>> missingIndexes,
			Map<TableDefinition, List<SchemaChange>> changes) {
		for (int round = 0;; round++) {
			Map<TableDefinition, String> started = new LinkedHashMap<>();
			for (Map.Entry<TableDefinition, List<String>> entry : missingIndexes.entrySet()) {
				if (round < entry.getValue().size()) {
					String index = entry.getValue().get(round);
					this.requests.startAddIndex(entry.getKey(), index);
					started.put(entry.getKey(), index);
				}
			}
			if (started.isEmpty()) {
				return;
			}
			started.forEach((definition, index) -> {
				this.requests.awaitIndex(definition, index);
				logger.info("Added global index '{}' to DynamoDB table '{}' for entity {} ({})", index,
						definition.tableName(), definition.entityName(), definition.indexes().get(index).describe());
				changes.get(definition).add(new SchemaChange(definition.tableName(), Action.ADDED_INDEX, index));
			});
		}
	}

	private static SchemaChange unchanged(TableDefinition definition) {
		logger.debug("DynamoDB table '{}' for entity {} matches its mapping", definition.tableName(),
				definition.entityName());
		return new SchemaChange(definition.tableName(), Action.UNCHANGED, definition.describe());
	}
}

package dev.dynamite.autoconfigure.data;

import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.Assert;

import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SchemaSynchronizer;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamiteTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Synchronises the tables of the {@link DynamiteTable @DynamiteTable} entities of the mapping context at start-up,
 * per {@code dynamite.sync}: {@link SyncMode#CREATE} creates missing tables and indexes (logged by the
 * {@link SchemaSynchronizer}, one line each), {@link SyncMode#VALIDATE} fails the start-up with a
 * {@link dev.dynamite.core.schema.SchemaMismatchException} naming a missing table or index, {@link SyncMode#NONE}
 * does nothing. Every {@code DynamiteOperations} bean depends on this bean.
 */
public class DynamiteSchemaInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(DynamiteSchemaInitializer.class);

	private final DynamoDbClient client;

	private final DynamiteMappingContext mappingContext;

	private final SyncMode mode;

	private List<SchemaChange> changes = List.of();

	/**
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping context holding the entities
	 * @param mode what to do
	 */
	public DynamiteSchemaInitializer(DynamoDbClient client, DynamiteMappingContext mappingContext, SyncMode mode) {
		Assert.notNull(client, "DynamoDbClient must not be null");
		Assert.notNull(mappingContext, "DynamiteMappingContext must not be null");
		Assert.notNull(mode, "SyncMode must not be null");
		this.client = client;
		this.mappingContext = mappingContext;
		this.mode = mode;
	}

	@Override
	public void afterPropertiesSet() {
		List<Class<?>> entityTypes = entityTypes();
		if (this.mode == SyncMode.NONE || entityTypes.isEmpty()) {
			logger.debug("Dynamite schema sync skipped (mode " + this.mode + ", " + entityTypes.size() + " entities)");
			return;
		}
		this.changes = new SchemaSynchronizer(this.client, this.mappingContext).sync(entityTypes, this.mode);
		if (this.mode == SyncMode.VALIDATE) {
			logger.info("Validated DynamoDB tables " + this.changes.stream().map(SchemaChange::table).toList()
					+ " against their Dynamite entities");
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Dynamite schema sync (" + this.mode + ") of " + entityTypes.size() + " entities: "
					+ this.changes);
		}
	}

	/**
	 * The mode.
	 * @return the mode
	 */
	public SyncMode getMode() {
		return this.mode;
	}

	/**
	 * What the start-up sync did: one change per table or added index; empty before it ran or in NONE mode.
	 * @return what the start-up sync did
	 */
	public List<SchemaChange> getChanges() {
		return this.changes;
	}

	/**
	 * The entity classes whose tables are synchronised, in class name order.
	 * @return the entity classes whose tables are synchronised, in class name order
	 */
	public List<Class<?>> entityTypes() {
		return this.mappingContext.getPersistentEntities()
			.stream()
			.filter(DynamitePersistentEntity::isTable)
			.<Class<?>>map(DynamitePersistentEntity::getType)
			.sorted(Comparator.comparing(Class::getName))
			.toList();
	}
}

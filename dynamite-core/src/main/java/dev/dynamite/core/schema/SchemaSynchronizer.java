package dev.dynamite.core.schema;

import java.util.Collection;
import java.util.List;

import dev.dynamite.mapping.DynamiteMappingContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Creates or validates the tables and global secondary indexes of entity classes.
 */
public class SchemaSynchronizer {

	/**
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping metadata
	 */
	public SchemaSynchronizer(DynamoDbClient client, DynamiteMappingContext mappingContext) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/**
	 * Brings the tables of the given entity classes in line with their mapping, per mode.
	 * @return one change per table (and per added index)
	 */
	public List<SchemaChange> sync(Collection<Class<?>> entityTypes, SyncMode mode) {
		throw new UnsupportedOperationException("not implemented yet");
	}
}

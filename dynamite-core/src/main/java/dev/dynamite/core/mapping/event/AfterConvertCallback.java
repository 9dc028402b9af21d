package dev.dynamite.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Called after an item read from DynamoDB became an entity (every read: queries, scans, key lookups, streams,
 * statements, the entity an update returns); what it returns is what the read returns.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterConvertCallback<T> extends EntityCallback<T> {

	/**
	 * The entity to return.
	 * @param entity the entity read
	 * @param item the item it was read from (read-only)
	 * @param table the table name
	 * @return the entity to return
	 */
	T onAfterConvert(T entity, Map<String, AttributeValue> item, String table);
}

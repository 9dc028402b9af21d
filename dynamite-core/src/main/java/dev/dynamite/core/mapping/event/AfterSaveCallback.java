package dev.dynamite.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Called after a put was written (for a transaction, after its commit), with the item written; what it returns is what
 * the write returns.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface AfterSaveCallback<T> extends EntityCallback<T> {

	/**
	 * The entity to return.
	 * @param entity the entity as written
	 * @param item the item written (read-only)
	 * @param table the table name
	 * @return the entity to return
	 */
	T onAfterSave(T entity, Map<String, AttributeValue> item, String table);
}

package dev.dynamite.core.mapping.event;

import java.util.Map;

import org.springframework.data.mapping.callback.EntityCallback;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Called after an entity was converted for a put and before the request is sent, with the item it became.
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeSaveCallback<T> extends EntityCallback<T> {

	/**
	 * The entity the put stands for; the item is what is sent.
	 * @param entity the entity
	 * @param item the item (read-only)
	 * @param table the table name
	 * @return the entity
	 */
	T onBeforeSave(T entity, Map<String, AttributeValue> item, String table);
}

package dev.dynamite.core;

import java.util.Map;

/**
 * Collects the writes of one atomic {@code TransactWriteItems} request (at most 100 actions); passed to
 * {@link DynamiteOperations#transaction(java.util.function.Consumer)}. Nothing is sent until the consumer returns.
 */
public interface DynamiteTransaction {

	/**
	 * Puts a new item; the transaction fails if the key exists. Defaults and timestamps are applied.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction create(T entity);

	/**
	 * Puts (upserts) an item, checking {@code @Version} when present.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction save(T entity);

	/**
	 * Updates fields of an existing item; the transaction fails if it does not exist.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction update(T entity, Map<String, ?> changes);

	/**
	 * Deletes an item.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction delete(T entity);

	/**
	 * Deletes an item by key (a partition key value or a {@link Key}).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction delete(Class<T> type, Object key);
}

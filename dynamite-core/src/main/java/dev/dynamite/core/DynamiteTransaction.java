package dev.dynamite.core;

import java.util.Map;

/**
 * Collects the writes of one atomic {@code TransactWriteItems} request (at most 100 actions); passed to
 * {@link DynamiteOperations#transaction(java.util.function.Consumer)}. Nothing is sent until the consumer returns.
 */
public interface DynamiteTransaction {

	/** Puts a new item; the transaction fails if the key exists. Defaults and timestamps are applied. */
	<T> DynamiteTransaction create(T entity);

	/** Puts (upserts) an item, checking {@code @Version} when present. */
	<T> DynamiteTransaction save(T entity);

	/** Updates fields of an existing item; the transaction fails if it does not exist. */
	<T> DynamiteTransaction update(T entity, Map<String, ?> changes);

	/** Deletes an item. */
	<T> DynamiteTransaction delete(T entity);

	/** Deletes an item by key (a partition key value or a {@link Key}). */
	<T> DynamiteTransaction delete(Class<T> type, Object key);
}

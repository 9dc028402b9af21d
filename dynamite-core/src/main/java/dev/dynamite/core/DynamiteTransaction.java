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

	/**
	 * Puts a new item, as {@link #create(Object)}, also conditional on the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction create(T entity, WriteOptions options);

	/**
	 * Puts an item, as {@link #save(Object)}, also conditional on the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction save(T entity, WriteOptions options);

	/**
	 * Updates fields of an existing item, as {@link #update(Object, Map)}, also conditional on the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @param options the condition
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction update(T entity, Map<String, ?> changes, WriteOptions options);

	/**
	 * Deletes an item, as {@link #delete(Object)}, also conditional on the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction delete(T entity, WriteOptions options);

	/**
	 * Checks that an item the transaction does not write meets a condition ({@code ConditionCheck}): when it does not,
	 * the whole transaction is cancelled and nothing is written.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link Key} for a table with a sort key
	 * @param condition the condition, with the operators of a {@link Filter}
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction conditionCheck(Class<T> type, Object key, Filter condition);

	/**
	 * Adds to a numeric field of the item with this key ({@code UpdateItem ADD}); the transaction fails if the item does
	 * not exist.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount
	 * @param key a partition key value, or a {@link Key} for a table with a sort key
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction increment(Class<T> type, String field, Number by, Object key);

	/**
	 * Subtracts from a numeric field of the item with this key, as {@link #increment(Class, String, Number, Object)}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount
	 * @param key a partition key value, or a {@link Key} for a table with a sort key
	 * @return the dynamite transaction
	 */
	<T> DynamiteTransaction decrement(Class<T> type, String field, Number by, Object key);
}

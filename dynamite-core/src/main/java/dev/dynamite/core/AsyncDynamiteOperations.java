package dev.dynamite.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.reactivestreams.Publisher;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;

/**
 * The {@link DynamiteOperations} without blocking: the same methods with the same arguments and the same planning,
 * returning {@link CompletableFuture}s, except {@link #stream}, a {@link Publisher} that fetches pages only as they
 * are requested. Arguments are checked before any request; a bad argument, like any failure, completes the future
 * exceptionally, with the same exceptions the sync template throws ({@link IllegalArgumentException},
 * {@link org.springframework.dao.DataAccessException}s). Implemented by {@link AsyncDynamiteTemplate}.
 */
public interface AsyncDynamiteOperations {

	/**
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future of the entity
	 * @see DynamiteOperations#create(Object)
	 */
	<T> CompletableFuture<T> create(T entity);

	/**
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future of the entity
	 * @see DynamiteOperations#save(Object)
	 */
	<T> CompletableFuture<T> save(T entity);

	/**
	 * @param <T> the entity type
	 * @param entities the entities
	 * @return a future of the items
	 * @see DynamiteOperations#saveAll(Iterable)
	 */
	<T> CompletableFuture<List<T>> saveAll(Iterable<T> entities);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of the items
	 * @see DynamiteOperations#where(Class, Filter)
	 */
	<T> CompletableFuture<List<T>> where(Class<T> type, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return a future of the items
	 * @see DynamiteOperations#where(Class, Filter, QueryOptions)
	 */
	<T> CompletableFuture<List<T>> where(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param equalities the values, by field name (a Collection value means IN)
	 * @return a future of the items
	 * @see DynamiteOperations#where(Class, Map)
	 */
	<T> CompletableFuture<List<T>> where(Class<T> type, Map<String, ?> equalities);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field the field name
	 * @param value the value
	 * @return a future of the items
	 * @see DynamiteOperations#where(Class, String, Object)
	 */
	<T> CompletableFuture<List<T>> where(Class<T> type, String field, @Nullable Object value);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of the item, or empty
	 * @see DynamiteOperations#first(Class, Filter)
	 */
	<T> CompletableFuture<Optional<T>> first(Class<T> type, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return a future of the item, or empty
	 * @see DynamiteOperations#first(Class, Filter, QueryOptions)
	 */
	<T> CompletableFuture<Optional<T>> first(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of the item, or empty
	 * @see DynamiteOperations#last(Class, Filter)
	 */
	<T> CompletableFuture<Optional<T>> last(Class<T> type, Filter filter);

	/**
	 * A page of the matching items with its total, as {@link DynamiteOperations#findPage}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options sort, attributes and consistency
	 * @param pageable the page
	 * @return a future of the page
	 */
	<T> CompletableFuture<Page<T>> findPage(Class<T> type, Filter filter, QueryOptions options, Pageable pageable);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of how many items
	 * @see DynamiteOperations#count(Class, Filter)
	 */
	<T> CompletableFuture<Long> count(Class<T> type, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of whether it does
	 * @see DynamiteOperations#exists(Class, Filter)
	 */
	<T> CompletableFuture<Boolean> exists(Class<T> type, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return a future of the item, or empty
	 * @see DynamiteOperations#findById(Class, Object)
	 */
	<T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key);

	/**
	 * The item with this key and the relations the options include.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key the key
	 * @param options includes, attributes, consistent read
	 * @return a future of the item
	 * @see DynamiteOperations#findById(Class, Object, QueryOptions)
	 */
	<T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key, QueryOptions options);

	/**
	 * One partition of a shared table in one Query, every item mapped to its class by its type.
	 * @param type a single-table entity whose partition template names the fields
	 * @param partitionFields the values of every field its partition template names
	 * @return the partition's items
	 * @see DynamiteOperations#collection(Class, Map)
	 */
	CompletableFuture<ItemCollection> collection(Class<?> type, Map<String, ?> partitionFields);

	/**
	 * Links the entity to a related item (many-to-many).
	 * @param entity the owner
	 * @param related the related entity class
	 * @param relatedId the related item's partition key
	 * @return a future completing once written
	 * @see DynamiteOperations#attach(Object, Class, Object)
	 */
	CompletableFuture<Void> attach(Object entity, Class<?> related, Object relatedId);

	/**
	 * Removes the entity's link to a related item (many-to-many).
	 * @param entity the owner
	 * @param related the related entity class
	 * @param relatedId the related item's partition key
	 * @return a future completing once written
	 * @see DynamiteOperations#detach(Object, Class, Object)
	 */
	CompletableFuture<Void> detach(Object entity, Class<?> related, Object relatedId);

	/**
	 * Makes the entity's links to that type exactly these (many-to-many).
	 * @param entity the owner
	 * @param related the related entity class
	 * @param relatedIds the related items' partition keys
	 * @return a future completing once written
	 * @see DynamiteOperations#syncRelation(Object, Class, java.util.Collection)
	 */
	CompletableFuture<Void> syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return a future of the items
	 * @see DynamiteOperations#findAllById(Class, Iterable)
	 */
	<T> CompletableFuture<List<T>> findAllById(Class<T> type, Iterable<?> keys);

	/**
	 * Reads the items with these keys in one {@code TransactGetItems}, as
	 * {@link DynamiteOperations#findAllByIdInTransaction(Class, Iterable)}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link Key}s for a table with a sort key
	 * @return a future of the entities found, in the order of the keys
	 */
	<T> CompletableFuture<List<T>> findAllByIdInTransaction(Class<T> type, Iterable<?> keys);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return a future of how many items
	 * @see DynamiteOperations#update(Class, Map, Filter)
	 */
	<T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return a future of the entity
	 * @see DynamiteOperations#update(Object, Map)
	 */
	<T> CompletableFuture<T> update(T entity, Map<String, ?> changes);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of how many items
	 * @see DynamiteOperations#delete(Class, Filter)
	 */
	<T> CompletableFuture<Long> delete(Class<T> type, Filter filter);

	/**
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future completed when done
	 * @see DynamiteOperations#delete(Object)
	 */
	<T> CompletableFuture<Void> delete(T entity);

	/**
	 * @param <T> the entity type
	 * @param entities the entities
	 * @return a future completed when done
	 * @see DynamiteOperations#deleteAll(Iterable)
	 */
	<T> CompletableFuture<Void> deleteAll(Iterable<? extends T> entities);

	/**
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future completed when done
	 * @see DynamiteOperations#destroy(Object)
	 */
	<T> CompletableFuture<Void> destroy(T entity);

	/**
	 * Creates an item, as {@link DynamiteOperations#create(Object)}, only when the stored item meets the options' condition (for a
	 * create, usually a condition that holds on no item, such as {@code notExists}).
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the entity as written
	 * (a failed {@link ConditionFailedException} when the condition does not hold; nothing is written)
	 */
	<T> CompletableFuture<T> create(T entity, WriteOptions options);

	/**
	 * Writes an item, as {@link DynamiteOperations#save(Object)}, only when the stored item meets the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the entity
	 * (a failed {@link ConditionFailedException} when the condition does not hold; nothing is written)
	 */
	<T> CompletableFuture<T> save(T entity, WriteOptions options);

	/**
	 * Sets the given fields on every matching item that meets the options' condition when it is written; the others are
	 * neither written nor counted.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @param options the condition
	 * @return how many items were updated
	 */
	<T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options);

	/**
	 * Sets the given fields on this entity's item, as {@link DynamiteOperations#update(Object, Map)}, only when it meets the options'
	 * condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @param options the condition
	 * @return the entity
	 * (a failed {@link ConditionFailedException} when the condition does not hold; nothing is written)
	 */
	<T> CompletableFuture<T> update(T entity, Map<String, ?> changes, WriteOptions options);

	/**
	 * Deletes every matching item that meets the options' condition when it is deleted (with a condition, one
	 * conditional {@code DeleteItem} per item).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options the condition
	 * @return how many items were deleted
	 */
	<T> CompletableFuture<Long> delete(Class<T> type, Filter filter, WriteOptions options);

	/**
	 * Deletes this entity's item, as {@link DynamiteOperations#destroy(Object)}, only when it meets the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return a future of the result (a failed {@link ConditionFailedException} when the condition does not hold; nothing is deleted)
	 */
	<T> CompletableFuture<Void> destroy(T entity, WriteOptions options);

	/**
	 * Deletes this entity's item for good, as {@link DynamiteOperations#forceDestroy(Object)}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future completed when done
	 */
	<T> CompletableFuture<Void> forceDestroy(T entity);

	/**
	 * Whether this instance is known to be stored, as {@link DynamiteOperations#isPersisted(Object)} (answered at once:
	 * no request).
	 * @param entity the instance
	 * @return whether the instance is known to be stored
	 */
	boolean isPersisted(Object entity);

	/**
	 * Adds to a numeric field of every matching item: one {@code UpdateItem ADD} per item (never a read-modify-write;
	 * a missing attribute counts as 0), advancing {@code @Version} and refreshing {@code @UpdatedAt}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount; it must fit the field's type exactly
	 * @param filter which items
	 * @return a future of how many items were updated
	 */
	<T> CompletableFuture<Long> increment(Class<T> type, String field, Number by, Filter filter);

	/**
	 * Subtracts from a numeric field of every matching item, as {@link #increment(Class, String, Number, Filter)}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount
	 * @param filter which items
	 * @return a future of how many items were updated
	 */
	<T> CompletableFuture<Long> decrement(Class<T> type, String field, Number by, Filter filter);

	/**
	 * Adds to a numeric field of this entity's item ({@code UpdateItem ADD}, conditional on the item existing) and sets
	 * the stored value, {@code @Version} and {@code @UpdatedAt} on the instance from the item DynamoDB returns.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param field a numeric field
	 * @param by the amount
	 * @return a future of the entity
	 */
	<T> CompletableFuture<T> increment(T entity, String field, Number by);

	/**
	 * Subtracts from a numeric field of this entity's item, as {@link #increment(Object, String, Number)}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param field a numeric field
	 * @param by the amount
	 * @return a future of the entity
	 */
	<T> CompletableFuture<T> decrement(T entity, String field, Number by);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return a future completed when done
	 * @see DynamiteOperations#deleteById(Class, Object)
	 */
	<T> CompletableFuture<Void> deleteById(Class<T> type, Object key);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return a future completed when done
	 * @see DynamiteOperations#deleteAllById(Class, Iterable)
	 */
	<T> CompletableFuture<Void> deleteAllById(Class<T> type, Iterable<?> keys);

	/**
	 * The matching items in DynamoDB's own order, a page fetched only when the items already fetched do not meet the
	 * subscriber's demand. Cold: each subscriber reads from the start.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the matching items in DynamoDB's own order, a page fetched only when the items already fetched do not
	 * meet the subscriber's demand
	 * @see DynamiteOperations#stream(Class, Filter, QueryOptions)
	 */
	<T> Publisher<T> stream(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @param startAfter the start after
	 * @return a future of the keyset page
	 * @see DynamiteOperations#scroll(Class, Filter, QueryOptions, Map)
	 */
	<T> CompletableFuture<KeysetPage<T>> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return a future of the items
	 * @see DynamiteOperations#execute(Class, String, Object...)
	 */
	<T> CompletableFuture<List<T>> execute(Class<T> type, String partiql, Object... parameters);

	/**
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @param options skip, limit, order, attributes and consistency
	 * @return a future of the items
	 * @see DynamiteOperations#execute(Class, String, List, QueryOptions)
	 */
	<T> CompletableFuture<List<T>> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options);

	/**
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return a future of how many items
	 * @see DynamiteOperations#executeUpdate(Class, String, Object...)
	 */
	CompletableFuture<Long> executeUpdate(Class<?> type, String partiql, Object... parameters);

	/**
	 * Collects the writes (the consumer runs at once, on the calling thread) and sends them as one atomic
	 * {@code TransactWriteItems}.
	 * @param actions the writes to make in the transaction
	 * @return a future completed when done
	 * @see DynamiteOperations#transaction(Consumer)
	 */
	CompletableFuture<Void> transaction(Consumer<DynamiteTransaction> actions);

	/**
	 * The mapping metadata in use.
	 * @return the mapping metadata in use
	 */
	DynamiteMappingContext getMappingContext();

	/**
	 * The entity converter in use.
	 * @return the entity converter in use
	 */
	DynamiteConverter getConverter();
}

package dev.dynamite.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;

/**
 * The Dynamite operations: the seed library's model methods, taking the entity class first where no entity is
 * given. Every read goes through one planner that picks the cheapest correct DynamoDB request (GetItem,
 * BatchGetItem, Query on the table or a GSI, or Scan). Filters and options are validated against the entity
 * before any request; SDK errors become Spring {@link org.springframework.dao.DataAccessException}s.
 * Implemented by {@link DynamiteTemplate}.
 */
public interface DynamiteOperations {

	/**
	 * Writes a new item: applies {@code @Default}s and timestamps, then a conditional put.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the entity as written (a new instance for immutable types)
	 * @throws org.springframework.dao.DuplicateKeyException if an item with the key exists; nothing is overwritten
	 */
	<T> T create(T entity);

	/**
	 * Writes (upserts) an item, refreshing {@code @UpdatedAt}; a new item also gets defaults and
	 * {@code @CreatedAt}. With {@code @Version}, the write is conditional on the version read.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the entity
	 * @throws org.springframework.dao.OptimisticLockingFailureException on a stale {@code @Version}
	 */
	<T> T save(T entity);

	/**
	 * Writes many items with batched requests (25 a request), retrying unprocessed items until done.
	 * @param <T> the entity type
	 * @param entities the entities
	 * @return the items
	 */
	<T> List<T> saveAll(Iterable<T> entities);

	/**
	 * The items matching the filter, in natural order.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return the items matching the filter, in natural order
	 */
	<T> List<T> where(Class<T> type, Filter filter);

	/**
	 * The items matching the filter, with skip, limit, order and attributes.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the items matching the filter, with skip, limit, order and attributes
	 */
	<T> List<T> where(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * The items whose fields equal the given values (Collection values mean IN).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param equalities the values, by field name (a Collection value means IN)
	 * @return the items whose fields equal the given values (Collection values mean IN)
	 */
	<T> List<T> where(Class<T> type, Map<String, ?> equalities);

	/**
	 * The items whose field equals the value (a Collection value means IN, {@code null} "does not exist").
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field the field name
	 * @param value the value
	 * @return the items whose field equals the value (a Collection value means IN, {@code null} "does not exist")
	 */
	<T> List<T> where(Class<T> type, String field, @Nullable Object value);

	/**
	 * The first matching item in natural order (the oldest, for entities with {@code @CreatedAt}).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return the first matching item in natural order (the oldest, for entities with {@code @CreatedAt})
	 */
	<T> Optional<T> first(Class<T> type, Filter filter);

	/**
	 * The first matching item in the order of the options.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the first matching item in the order of the options
	 */
	<T> Optional<T> first(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * The last matching item in natural order (the newest, for entities with {@code @CreatedAt}).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return the last matching item in natural order (the newest, for entities with {@code @CreatedAt})
	 */
	<T> Optional<T> last(Class<T> type, Filter filter);

	/**
	 * A page of the matching items with its total: the page is read with the pageable's skip and size (and the options'
	 * sort, attributes and consistency); the total comes from that same read when it read every match anyway (a Scan, a
	 * BatchGetItem, several partitions), else from the page when it tells it, else from a {@code Select=COUNT} read.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options sort, attributes and consistency
	 * @param pageable the page (and its sort, when the options have none)
	 * @return the page
	 */
	<T> Page<T> findPage(Class<T> type, Filter filter, QueryOptions options, Pageable pageable);

	/**
	 * The number of matching items ({@code Select=COUNT} where DynamoDB can count).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return the number of matching items ({@code Select=COUNT} where DynamoDB can count)
	 */
	<T> long count(Class<T> type, Filter filter);

	/**
	 * Whether any item matches.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return whether any item matches
	 */
	<T> boolean exists(Class<T> type, Filter filter);

	/**
	 * The item with this key: a partition key value, or a {@link Key} for tables with a sort key.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return the item with this key
	 */
	<T> Optional<T> findById(Class<T> type, Object key);

	/**
	 * The item with this key, with the relations the options include ({@link QueryOptions.Builder#include}) and the
	 * attributes and consistency they ask for.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @param options includes, attributes, consistent read
	 * @return the item with this key
	 */
	<T> Optional<T> findById(Class<T> type, Object key, QueryOptions options);

	/**
	 * One partition of a shared table (single-table design) in one Query, paged to its end: the partition that the
	 * type's partition template composes from the given fields, every item mapped to its class by its type, e.g. a
	 * customer and its orders with {@code collection(Customer.class, Map.of("id", "c1"))}.
	 * @param type a single-table entity whose partition template names the fields
	 * @param partitionFields the values of every field its partition template names
	 * @return the partition's items
	 */
	ItemCollection collection(Class<?> type, Map<String, ?> partitionFields);

	/**
	 * Links the entity to a related item in the pivot table of its {@code @ManyToMany} relation to that type (one
	 * BatchWriteItem; linking twice is no error, and the related item is not read).
	 * @param entity the owner, its partition key set
	 * @param related the related entity class
	 * @param relatedId the related item's partition key
	 */
	void attach(Object entity, Class<?> related, Object relatedId);

	/**
	 * Removes the entity's link to a related item from the pivot table of its {@code @ManyToMany} relation to that
	 * type (a missing link is no error).
	 * @param entity the owner, its partition key set
	 * @param related the related entity class
	 * @param relatedId the related item's partition key
	 */
	void detach(Object entity, Class<?> related, Object relatedId);

	/**
	 * Makes the entity's links of its {@code @ManyToMany} relation to that type exactly these: one Query of the
	 * current links, then one BatchWriteItem (25 links a request) removing the others and writing the missing ones.
	 * @param entity the owner, its partition key set
	 * @param related the related entity class
	 * @param relatedIds the related items' partition keys
	 */
	void syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds);

	/**
	 * The items with these keys, read with BatchGetItem (100 keys a request).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return the items with these keys, read with BatchGetItem (100 keys a request)
	 */
	<T> List<T> findAllById(Class<T> type, Iterable<?> keys);

	/**
	 * Reads the items with these keys in one {@code TransactGetItems}: a consistent snapshot across the items (no write
	 * lands between two of them), at most 100 keys. Items that do not exist are left out; the rest come in the order of
	 * the keys.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link Key}s for a table with a sort key
	 * @return the entities found, in the order of the keys
	 */
	<T> List<T> findAllByIdInTransaction(Class<T> type, Iterable<?> keys);

	/**
	 * Sets the given fields on every matching item with {@code UpdateItem SET} (never a read-modify-write),
	 * refreshing {@code @UpdatedAt}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return how many items were updated
	 * @throws IllegalArgumentException if a change names a key attribute or an unknown field
	 */
	<T> long update(Class<T> type, Map<String, ?> changes, Filter filter);

	/**
	 * Sets the given fields on this entity's item ({@code UpdateItem SET}, conditional on its existence and
	 * {@code @Version}) and returns the entity as stored.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return the entity
	 */
	<T> T update(T entity, Map<String, ?> changes);

	/**
	 * Deletes every matching item: reads the keys only, then batched deletes (25 a request).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return how many items were deleted
	 */
	<T> long delete(Class<T> type, Filter filter);

	/**
	 * Deletes this entity's item (conditional on {@code @Version} when present).
	 * @param <T> the entity type
	 * @param entity the entity
	 */
	<T> void delete(T entity);

	/**
	 * Deletes the given entities: every key is checked before the first request (one bad entity means nothing is
	 * deleted), then batched {@code BatchWriteItem} deletes, or one conditional {@code DeleteItem} per
	 * {@code @Version}ed entity.
	 * @param <T> the entity type
	 * @param entities the entities
	 */
	default <T> void deleteAll(Iterable<? extends T> entities) {
		entities.forEach(this::delete);
	}

	/**
	 * The seed's name for {@link #delete(Object)}.
	 * @param <T> the entity type
	 * @param entity the entity
	 */
	<T> void destroy(T entity);

	/**
	 * Creates an item, as {@link #create(Object)}, only when the stored item meets the options' condition (for a
	 * create, usually a condition that holds on no item, such as {@code notExists}).
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the entity as written
	 * @throws ConditionFailedException when the condition does not hold; nothing is written
	 */
	<T> T create(T entity, WriteOptions options);

	/**
	 * Writes an item, as {@link #save(Object)}, only when the stored item meets the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return the entity
	 * @throws ConditionFailedException when the condition does not hold; nothing is written
	 */
	<T> T save(T entity, WriteOptions options);

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
	<T> long update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options);

	/**
	 * Sets the given fields on this entity's item, as {@link #update(Object, Map)}, only when it meets the options'
	 * condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @param options the condition
	 * @return the entity
	 * @throws ConditionFailedException when the condition does not hold; nothing is written
	 */
	<T> T update(T entity, Map<String, ?> changes, WriteOptions options);

	/**
	 * Deletes every matching item that meets the options' condition when it is deleted (with a condition, one
	 * conditional {@code DeleteItem} per item).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options the condition
	 * @return how many items were deleted
	 */
	<T> long delete(Class<T> type, Filter filter, WriteOptions options);

	/**
	 * Deletes this entity's item, as {@link #destroy(Object)}, only when it meets the options' condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @throws ConditionFailedException when the condition does not hold; nothing is deleted
	 */
	<T> void destroy(T entity, WriteOptions options);

	/**
	 * Deletes this entity's item for good ({@code DeleteItem}), also when the entity has a {@code @DeleteAt} field,
	 * whose {@code destroy} only marks the item deleted.
	 * @param <T> the entity type
	 * @param entity the entity
	 */
	<T> void forceDestroy(T entity);

	/**
	 * Adds to a numeric field of every matching item: one {@code UpdateItem ADD} per item (never a read-modify-write;
	 * a missing attribute counts as 0), advancing {@code @Version} and refreshing {@code @UpdatedAt}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount; it must fit the field's type exactly
	 * @param filter which items
	 * @return how many items were updated
	 */
	<T> long increment(Class<T> type, String field, Number by, Filter filter);

	/**
	 * Subtracts from a numeric field of every matching item, as {@link #increment(Class, String, Number, Filter)}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the amount
	 * @param filter which items
	 * @return how many items were updated
	 */
	<T> long decrement(Class<T> type, String field, Number by, Filter filter);

	/**
	 * Adds to a numeric field of this entity's item ({@code UpdateItem ADD}, conditional on the item existing) and sets
	 * the stored value, {@code @Version} and {@code @UpdatedAt} on the instance from the item DynamoDB returns.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param field a numeric field
	 * @param by the amount
	 * @return the entity
	 */
	<T> T increment(T entity, String field, Number by);

	/**
	 * Subtracts from a numeric field of this entity's item, as {@link #increment(Object, String, Number)}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param field a numeric field
	 * @param by the amount
	 * @return the entity
	 */
	<T> T decrement(T entity, String field, Number by);

	/**
	 * Deletes the item with this key, if any.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 */
	<T> void deleteById(Class<T> type, Object key);

	/**
	 * Deletes the items with these keys (partition key values, or {@link Key}s for a table with a sort key) with
	 * batched deletes (25 a request, unprocessed items retried), without reading them first; keys without an item are
	 * ignored, repeated keys are deleted once. Not conditional on {@code @Version}: use {@link #delete(Object)} for that.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 */
	<T> void deleteAllById(Class<T> type, Iterable<?> keys);

	/**
	 * The matching items fetched lazily, page by page, in DynamoDB's own order; close the stream when done.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the matching items fetched lazily, page by page, in DynamoDB's own order
	 */
	<T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options);

	/**
	 * One page of up to {@code options.limit()} matches in DynamoDB's own order, starting after {@code startAfter}
	 * (a key from a previous {@link KeysetPage#nextKey()}, or {@code null} for the first page).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @param startAfter the start after
	 * @return one page of up to {@code options.limit()} matches in DynamoDB's own order, starting after {@code
	 * startAfter} (a key from a previous {@link KeysetPage#nextKey()}, or {@code null} for the first page)
	 */
	<T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter);

	/**
	 * Runs a PartiQL statement ({@code ExecuteStatement}) on the entity's table and returns the items it selects,
	 * {@code NextToken} followed to the end. {@code {table}} stands for the table name (prefix included, quoted);
	 * each positional {@code ?} is bound through the codec of the field it is compared with or assigned to:
	 * {@code execute(User.class, "SELECT * FROM {table} WHERE role = ?", "admin")}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return the entities selected; none for an INSERT, UPDATE or DELETE
	 */
	<T> List<T> execute(Class<T> type, String partiql, Object... parameters);

	/**
	 * Runs a PartiQL statement with skip, limit and consistent read from the options; reading stops once enough items
	 * are known.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @param options skip, limit, order, attributes and consistency
	 * @return the items
	 * @throws IllegalArgumentException when the options sort or select attributes (write those in the statement)
	 */
	<T> List<T> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options);

	/**
	 * Runs a PartiQL INSERT, UPDATE or DELETE of one item.
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return 1 when the item was written, 0 when an UPDATE or DELETE found no item
	 * @throws org.springframework.dao.DuplicateKeyException when an INSERT finds the item already there
	 */
	long executeUpdate(Class<?> type, String partiql, Object... parameters);

	/**
	 * Runs the collected writes as one atomic {@code TransactWriteItems} request.
	 * @param actions the writes to make in the transaction
	 */
	void transaction(Consumer<DynamiteTransaction> actions);

	/**
	 * Whether this instance is known to be stored, the seed's {@code isPersisted}: true for an instance returned by a
	 * read, or passed to or returned by a successful create, save or update; false for a new instance and after
	 * destroy; inside a transaction, true only after its commit. Instances are held weakly (by identity).
	 * @param entity the instance
	 * @return whether the instance is known to be stored
	 */
	default boolean isPersisted(Object entity) {
		return getConverter().isPersisted(entity);
	}

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

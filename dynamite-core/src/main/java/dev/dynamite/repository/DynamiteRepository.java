package dev.dynamite.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.springframework.data.repository.NoRepositoryBean;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;

/**
 * A Spring Data repository of a Dynamite entity, with the seed library's model operations on top of
 * {@link ListCrudRepository} and {@link ListPagingAndSortingRepository}. For a table with a sort key, {@code ID} is
 * {@link dev.dynamite.core.Key} (partition and sort value); otherwise it is the partition key's type.
 *
 * <pre class="code">
 * public interface UserRepository extends DynamiteRepository&lt;User, String&gt; {
 *     List&lt;User&gt; findByRoleAndActive(String role, boolean active);
 *     Optional&lt;User&gt; findLastByRole(String role);
 * }
 * </pre>
 *
 * Every method, derived ones included, runs through {@link dev.dynamite.core.DynamiteOperations} and its planner.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 */
@NoRepositoryBean
public interface DynamiteRepository<T, ID> extends ListCrudRepository<T, ID>, ListPagingAndSortingRepository<T, ID> {

	/**
	 * Writes a new item (defaults, timestamps, conditional put).
	 * @param entity the entity
	 * @return the entity
	 * @throws org.springframework.dao.DuplicateKeyException if an item with the key exists; nothing is overwritten
	 */
	T create(T entity);

	/**
	 * The items matching the filter, in natural order (the seed's {@code where(filter)}).
	 * @param filter which items
	 * @return the items matching the filter, in natural order (the seed's {@code where(filter)})
	 */
	List<T> where(Filter filter);

	/**
	 * The items matching the filter, with skip, limit, order and attributes.
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the items matching the filter, with skip, limit, order and attributes
	 */
	List<T> where(Filter filter, QueryOptions options);

	/**
	 * The items whose fields equal the given values (Collection values mean IN).
	 * @param equalities the values, by field name (a Collection value means IN)
	 * @return the items whose fields equal the given values (Collection values mean IN)
	 */
	List<T> where(Map<String, ?> equalities);

	/**
	 * The items whose field equals the value (a Collection means IN, {@code null} "does not exist").
	 * @param field the field name
	 * @param value the value
	 * @return the items whose field equals the value (a Collection means IN, {@code null} "does not exist")
	 */
	List<T> where(String field, @Nullable Object value);

	/**
	 * The first matching item in natural order (the oldest, for entities with {@code @CreatedAt}).
	 * @param filter which items
	 * @return the first matching item in natural order (the oldest, for entities with {@code @CreatedAt})
	 */
	Optional<T> first(Filter filter);

	/**
	 * The first matching item in the order of the options.
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the first matching item in the order of the options
	 */
	Optional<T> first(Filter filter, QueryOptions options);

	/**
	 * The last matching item in natural order (the newest, for entities with {@code @CreatedAt}).
	 * @param filter which items
	 * @return the last matching item in natural order (the newest, for entities with {@code @CreatedAt})
	 */
	Optional<T> last(Filter filter);

	/**
	 * The number of matching items.
	 * @param filter which items
	 * @return the number of matching items
	 */
	long count(Filter filter);

	/**
	 * Whether any item matches.
	 * @param filter which items
	 * @return whether any item matches
	 */
	boolean exists(Filter filter);

	/**
	 * Sets the given fields on every matching item ({@code UpdateItem SET}, never a read-modify-write).
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return how many items were updated
	 */
	long update(Map<String, ?> changes, Filter filter);

	/**
	 * Sets the given fields on this entity's item and returns the entity as stored.
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return the entity
	 */
	T update(T entity, Map<String, ?> changes);

	/**
	 * Deletes every matching item (keys read, then batched deletes).
	 * @param filter which items
	 * @return how many items were deleted
	 */
	long delete(Filter filter);

	/**
	 * The seed's name for {@link #delete(Object)}.
	 * @param entity the entity
	 */
	void destroy(T entity);
}

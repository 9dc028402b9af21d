package dev.dynamite.repository;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import org.springframework.data.repository.reactive.ReactiveSortingRepository;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A reactive Dynamite repository: Spring Data's reactive CRUD and sorting methods plus the seed library's
 * operations, as {@link Mono}s and {@link Flux}es, on the {@link dev.dynamite.core.AsyncDynamiteOperations}. Nothing
 * is sent until subscription; derived query methods ({@code Flux<User> findByRole(String role)},
 * {@code Mono<User> findFirstByRole(String role)}, {@code Mono<Long> countByRole(String role)}) work as in
 * {@link DynamiteRepository}. Needs Project Reactor.
 *
 * @param <T> the entity type
 * @param <ID> the key type: the partition key's type, or {@link dev.dynamite.core.Key} with a sort key
 */
@NoRepositoryBean
public interface ReactiveDynamiteRepository<T, ID> extends ReactiveCrudRepository<T, ID>, ReactiveSortingRepository<T, ID> {

	/**
	 * Writes a new item (conditional put); errors with {@code DuplicateKeyException} if the key exists.
	 * @param entity the entity
	 * @return a publisher of the entity
	 */
	Mono<T> create(T entity);

	/**
	 * The items matching the filter, in natural order.
	 * @param filter which items
	 * @return the items matching the filter, in natural order
	 */
	Flux<T> where(Filter filter);

	/**
	 * The items matching the filter, with skip, limit, order and attributes.
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the items matching the filter, with skip, limit, order and attributes
	 */
	Flux<T> where(Filter filter, QueryOptions options);

	/**
	 * The items whose fields equal the given values.
	 * @param equalities the values, by field name (a Collection value means IN)
	 * @return the items whose fields equal the given values
	 */
	Flux<T> where(Map<String, ?> equalities);

	/**
	 * The items whose field equals the value.
	 * @param field the field name
	 * @param value the value
	 * @return the items whose field equals the value
	 */
	Flux<T> where(String field, @Nullable Object value);

	/**
	 * The first matching item in natural order.
	 * @param filter which items
	 * @return the first matching item in natural order
	 */
	Mono<T> first(Filter filter);

	/**
	 * The first matching item in the order of the options.
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the first matching item in the order of the options
	 */
	Mono<T> first(Filter filter, QueryOptions options);

	/**
	 * The last matching item in natural order.
	 * @param filter which items
	 * @return the last matching item in natural order
	 */
	Mono<T> last(Filter filter);

	/**
	 * The number of matching items.
	 * @param filter which items
	 * @return the number of matching items
	 */
	Mono<Long> count(Filter filter);

	/**
	 * Whether any item matches.
	 * @param filter which items
	 * @return whether any item matches
	 */
	Mono<Boolean> exists(Filter filter);

	/**
	 * Sets fields on every matching item ({@code UpdateItem SET}); emits how many were updated.
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return a publisher of how many items
	 */
	Mono<Long> update(Map<String, ?> changes, Filter filter);

	/**
	 * Sets fields on this entity's item; emits the entity as stored.
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return a publisher of the entity
	 */
	Mono<T> update(T entity, Map<String, ?> changes);

	/**
	 * Deletes every matching item; emits how many were deleted.
	 * @param filter which items
	 * @return a publisher of how many items
	 */
	Mono<Long> delete(Filter filter);

	/**
	 * The seed's name for {@link #delete(Object)}.
	 * @param entity the entity
	 * @return the seed's name for {@link #delete(Object)}
	 */
	Mono<Void> destroy(T entity);
}

package dev.dynamite.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTransaction;
import dev.dynamite.core.Filter;
import dev.dynamite.core.KeysetPage;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;
import reactor.core.publisher.Flux;

/**
 * The async template seen through the sync contract, so that one behaviour suite runs against both: each call waits
 * for the future and throws its failure unwrapped, as a caller of {@code .join()} would see it after unwrapping.
 */
public final class BlockingAsyncOperations implements DynamiteOperations {

	private final AsyncDynamiteOperations async;

	public BlockingAsyncOperations(AsyncDynamiteOperations async) {
		this.async = async;
	}

	private static <R> R await(CompletableFuture<R> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public <T> T create(T entity) {
		return await(this.async.create(entity));
	}

	@Override
	public <T> T save(T entity) {
		return await(this.async.save(entity));
	}

	@Override
	public <T> List<T> saveAll(Iterable<T> entities) {
		return await(this.async.saveAll(entities));
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter) {
		return await(this.async.where(type, filter));
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter, QueryOptions options) {
		return await(this.async.where(type, filter, options));
	}

	@Override
	public <T> List<T> where(Class<T> type, Map<String, ?> equalities) {
		return await(this.async.where(type, equalities));
	}

	@Override
	public <T> List<T> where(Class<T> type, String field, @Nullable Object value) {
		return await(this.async.where(type, field, value));
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter) {
		return await(this.async.first(type, filter));
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter, QueryOptions options) {
		return await(this.async.first(type, filter, options));
	}

	@Override
	public <T> Optional<T> last(Class<T> type, Filter filter) {
		return await(this.async.last(type, filter));
	}

	@Override
	public <T> long count(Class<T> type, Filter filter) {
		return await(this.async.count(type, filter));
	}

	@Override
	public <T> boolean exists(Class<T> type, Filter filter) {
		return await(this.async.exists(type, filter));
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key) {
		return await(this.async.findById(type, key));
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key, QueryOptions options) {
		return await(this.async.findById(type, key, options));
	}

	@Override
	public dev.dynamite.core.ItemCollection collection(Class<?> type, Map<String, ?> partitionFields) {
		return await(this.async.collection(type, partitionFields));
	}

	@Override
	public void attach(Object entity, Class<?> related, Object relatedId) {
		await(this.async.attach(entity, related, relatedId));
	}

	@Override
	public void detach(Object entity, Class<?> related, Object relatedId) {
		await(this.async.detach(entity, related, relatedId));
	}

	@Override
	public void syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds) {
		await(this.async.syncRelation(entity, related, relatedIds));
	}

	@Override
	public <T> List<T> findAllById(Class<T> type, Iterable<?> keys) {
		return await(this.async.findAllById(type, keys));
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter) {
		return await(this.async.update(type, changes, filter));
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes) {
		return await(this.async.update(entity, changes));
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter) {
		return await(this.async.delete(type, filter));
	}

	@Override
	public <T> void delete(T entity) {
		await(this.async.delete(entity));
	}

	@Override
	public <T> void deleteAll(Iterable<? extends T> entities) {
		await(this.async.deleteAll(entities));
	}

	@Override
	public <T> void destroy(T entity) {
		await(this.async.destroy(entity));
	}

	@Override
	public <T> T create(T entity, WriteOptions options) {
		return await(this.async.create(entity, options));
	}

	@Override
	public <T> T save(T entity, WriteOptions options) {
		return await(this.async.save(entity, options));
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		return await(this.async.update(type, changes, filter, options));
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes, WriteOptions options) {
		return await(this.async.update(entity, changes, options));
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter, WriteOptions options) {
		return await(this.async.delete(type, filter, options));
	}

	@Override
	public <T> void destroy(T entity, WriteOptions options) {
		await(this.async.destroy(entity, options));
	}

	@Override
	public <T> org.springframework.data.domain.Page<T> findPage(Class<T> type, Filter filter, QueryOptions options,
			org.springframework.data.domain.Pageable pageable) {
		return await(this.async.findPage(type, filter, options, pageable));
	}

	@Override
	public <T> List<T> findAllByIdInTransaction(Class<T> type, Iterable<?> keys) {
		return await(this.async.findAllByIdInTransaction(type, keys));
	}

	@Override
	public <T> void forceDestroy(T entity) {
		await(this.async.forceDestroy(entity));
	}

	@Override
	public <T> long increment(Class<T> type, String field, Number by, Filter filter) {
		return await(this.async.increment(type, field, by, filter));
	}

	@Override
	public <T> long decrement(Class<T> type, String field, Number by, Filter filter) {
		return await(this.async.decrement(type, field, by, filter));
	}

	@Override
	public <T> T increment(T entity, String field, Number by) {
		return await(this.async.increment(entity, field, by));
	}

	@Override
	public <T> T decrement(T entity, String field, Number by) {
		return await(this.async.decrement(entity, field, by));
	}

	@Override
	public <T> void deleteById(Class<T> type, Object key) {
		await(this.async.deleteById(type, key));
	}

	@Override
	public <T> void deleteAllById(Class<T> type, Iterable<?> keys) {
		await(this.async.deleteAllById(type, keys));
	}

	/** The publisher read one item at a time, so a page is fetched only when the one before is used up. */
	@Override
	public <T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		return Flux.from(this.async.stream(type, filter, options)).toStream(1);
	}

	@Override
	public <T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		return await(this.async.scroll(type, filter, options, startAfter));
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, Object... parameters) {
		return await(this.async.execute(type, partiql, parameters));
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options) {
		return await(this.async.execute(type, partiql, parameters, options));
	}

	@Override
	public long executeUpdate(Class<?> type, String partiql, Object... parameters) {
		return await(this.async.executeUpdate(type, partiql, parameters));
	}

	@Override
	public void transaction(Consumer<DynamiteTransaction> actions) {
		await(this.async.transaction(actions));
	}

	@Override
	public DynamiteMappingContext getMappingContext() {
		return this.async.getMappingContext();
	}

	@Override
	public DynamiteConverter getConverter() {
		return this.async.getConverter();
	}
}

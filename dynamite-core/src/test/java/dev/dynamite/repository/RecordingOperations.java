package dev.dynamite.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTransaction;
import dev.dynamite.core.Filter;
import dev.dynamite.core.KeysetPage;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;

/**
 * A {@link DynamiteOperations} that records each call and answers with canned results, to test what repositories
 * ask of the template (the method-name translation) without DynamoDB. What the template then sends to DynamoDB is
 * proven by the integration tests.
 */
public class RecordingOperations implements DynamiteOperations {

	/** One recorded call. */
	public record Call(String method, @Nullable Class<?> type, @Nullable Filter filter, @Nullable QueryOptions options,
			@Nullable Object argument) {
	}

	private final DynamiteMappingContext mappingContext = new DynamiteMappingContext();

	public final List<Call> calls = new ArrayList<>();

	/** What every read returns. */
	public List<Object> results = List.of();

	/** The next key scroll returns. */
	@Nullable Map<String, Object> nextKey;

	long count;

	public Call last() {
		return this.calls.get(this.calls.size() - 1);
	}

	private void record(String method, @Nullable Class<?> type, @Nullable Filter filter, @Nullable QueryOptions options,
			@Nullable Object argument) {
		this.calls.add(new Call(method, type, filter, options, argument));
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> results() {
		return (List<T>) new ArrayList<>(this.results);
	}

	@Override
	public <T> T create(T entity) {
		record("create", entity.getClass(), null, null, entity);
		return entity;
	}

	@Override
	public <T> T save(T entity) {
		record("save", entity.getClass(), null, null, entity);
		return entity;
	}

	@Override
	public <T> List<T> saveAll(Iterable<T> entities) {
		record("saveAll", null, null, null, entities);
		List<T> saved = new ArrayList<>();
		entities.forEach(saved::add);
		return saved;
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter) {
		record("where", type, filter, null, null);
		return results();
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter, QueryOptions options) {
		record("where", type, filter, options, null);
		List<T> results = results();
		Integer limit = options.limit();
		return limit != null && results.size() > limit ? results.subList(0, limit) : results;
	}

	@Override
	public <T> List<T> where(Class<T> type, Map<String, ?> equalities) {
		record("where", type, Filter.of(equalities), null, null);
		return results();
	}

	@Override
	public <T> List<T> where(Class<T> type, String field, @Nullable Object value) {
		record("where", type, Filter.where(field, value), null, null);
		return results();
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter) {
		record("first", type, filter, null, null);
		return results().stream().map(type::cast).findFirst();
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter, QueryOptions options) {
		record("first", type, filter, options, null);
		return results().stream().map(type::cast).findFirst();
	}

	@Override
	public <T> Optional<T> last(Class<T> type, Filter filter) {
		record("last", type, filter, null, null);
		return results().stream().map(type::cast).findFirst();
	}

	@Override
	public <T> long count(Class<T> type, Filter filter) {
		record("count", type, filter, null, null);
		return this.count;
	}

	@Override
	public <T> boolean exists(Class<T> type, Filter filter) {
		record("exists", type, filter, null, null);
		return this.count > 0;
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key) {
		record("findById", type, null, null, key);
		return results().stream().map(type::cast).findFirst();
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key, QueryOptions options) {
		record("findById", type, null, options, key);
		return results().stream().map(type::cast).findFirst();
	}

	@Override
	public dev.dynamite.core.ItemCollection collection(Class<?> type, Map<String, ?> partitionFields) {
		record("collection", type, null, null, partitionFields);
		return new dev.dynamite.core.ItemCollection(List.copyOf(results()), List.of());
	}

	@Override
	public void attach(Object entity, Class<?> related, Object relatedId) {
		throw new UnsupportedOperationException("attach");
	}

	@Override
	public void detach(Object entity, Class<?> related, Object relatedId) {
		throw new UnsupportedOperationException("detach");
	}

	@Override
	public void syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds) {
		throw new UnsupportedOperationException("syncRelation");
	}

	@Override
	public <T> List<T> findAllById(Class<T> type, Iterable<?> keys) {
		record("findAllById", type, null, null, keys);
		return results();
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter) {
		record("update", type, filter, null, changes);
		return this.count;
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes) {
		record("update", entity.getClass(), null, null, changes);
		return entity;
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter) {
		record("delete", type, filter, null, null);
		return this.count;
	}

	@Override
	public <T> void delete(T entity) {
		record("delete", entity.getClass(), null, null, entity);
	}

	@Override
	public <T> void destroy(T entity) {
		record("destroy", entity.getClass(), null, null, entity);
	}

	@Override
	public <T> T create(T entity, WriteOptions options) {
		record("create", entity.getClass(), options.condition(), null, entity);
		return entity;
	}

	@Override
	public <T> T save(T entity, WriteOptions options) {
		record("save", entity.getClass(), options.condition(), null, entity);
		return entity;
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		record("update", type, filter, null, changes);
		return this.count;
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes, WriteOptions options) {
		record("update", entity.getClass(), options.condition(), null, changes);
		return entity;
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter, WriteOptions options) {
		record("delete", type, filter, null, null);
		return this.count;
	}

	@Override
	public <T> void destroy(T entity, WriteOptions options) {
		record("destroy", entity.getClass(), options.condition(), null, entity);
	}

	@Override
	public <T> org.springframework.data.domain.Page<T> findPage(Class<T> type, Filter filter, QueryOptions options,
			org.springframework.data.domain.Pageable pageable) {
		QueryOptions.Builder paged = options.toBuilder();
		if (options.sort().isUnsorted() && pageable.getSort().isSorted()) {
			paged.sort(pageable.getSort());
		}
		if (pageable.isPaged()) {
			paged.skip(Math.toIntExact(pageable.getOffset())).limit(pageable.getPageSize());
		}
		List<T> content = where(type, filter, paged.build());
		return org.springframework.data.support.PageableExecutionUtils.getPage(content, pageable, () -> count(type, filter));
	}

	@Override
	public <T> List<T> findAllByIdInTransaction(Class<T> type, Iterable<?> keys) {
		record("findAllByIdInTransaction", type, null, null, keys);
		return List.of();
	}

	@Override
	public <T> void forceDestroy(T entity) {
		record("forceDestroy", entity.getClass(), null, null, entity);
	}

	@Override
	public <T> long increment(Class<T> type, String field, Number by, Filter filter) {
		record("increment", type, filter, null, by);
		return this.count;
	}

	@Override
	public <T> long decrement(Class<T> type, String field, Number by, Filter filter) {
		record("decrement", type, filter, null, by);
		return this.count;
	}

	@Override
	public <T> T increment(T entity, String field, Number by) {
		record("increment", entity.getClass(), null, null, by);
		return entity;
	}

	@Override
	public <T> T decrement(T entity, String field, Number by) {
		record("decrement", entity.getClass(), null, null, by);
		return entity;
	}

	@Override
	public <T> void deleteById(Class<T> type, Object key) {
		record("deleteById", type, null, null, key);
	}

	@Override
	public <T> void deleteAll(Iterable<? extends T> entities) {
		record("deleteAll", null, null, null, entities);
	}

	@Override
	public <T> void deleteAllById(Class<T> type, Iterable<?> keys) {
		record("deleteAllById", type, null, null, keys);
	}

	@Override
	public <T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		record("stream", type, filter, options, null);
		List<T> results = results();
		return results.stream();
	}

	@Override
	public <T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		record("scroll", type, filter, options, startAfter);
		return new KeysetPage<>(results(), this.nextKey);
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, Object... parameters) {
		record("execute", type, null, null, partiql);
		return results();
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options) {
		record("execute", type, null, options, partiql);
		return results();
	}

	@Override
	public long executeUpdate(Class<?> type, String partiql, Object... parameters) {
		record("executeUpdate", type, null, null, partiql);
		return 1;
	}

	@Override
	public void transaction(Consumer<DynamiteTransaction> actions) {
		record("transaction", null, null, null, actions);
	}

	@Override
	public DynamiteMappingContext getMappingContext() {
		return this.mappingContext;
	}

	@Override
	public DynamiteConverter getConverter() {
		throw new UnsupportedOperationException("RecordingOperations has no converter");
	}
}

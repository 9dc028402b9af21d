package dev.dynamite.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.util.Assert;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.repository.DynamiteRepository;

/**
 * The default implementation of {@link DynamiteRepository}: every method delegates to {@link DynamiteOperations}.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 */
public class SimpleDynamiteRepository<T, ID> implements DynamiteRepository<T, ID> {

	private final DynamiteEntityInformation<T, ID> entityInformation;

	private final DynamiteOperations operations;

	private final Class<T> type;

	/**
	 * @param entityInformation the entity the repository manages
	 * @param operations the operations to delegate to
	 */
	public SimpleDynamiteRepository(DynamiteEntityInformation<T, ID> entityInformation, DynamiteOperations operations) {
		Assert.notNull(entityInformation, "DynamiteEntityInformation must not be null");
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.entityInformation = entityInformation;
		this.operations = operations;
		this.type = entityInformation.getJavaType();
	}

	@Override
	public T create(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return this.operations.create(entity);
	}

	@Override
	public <S extends T> S save(S entity) {
		Assert.notNull(entity, "Entity must not be null");
		return this.operations.save(entity);
	}

	@Override
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "Entities must not be null");
		return this.operations.saveAll(entities);
	}

	@Override
	public Optional<T> findById(ID id) {
		Assert.notNull(id, "Id must not be null");
		return this.operations.findById(this.type, id);
	}

	@Override
	public boolean existsById(ID id) {
		return findById(id).isPresent();
	}

	@Override
	public List<T> findAll() {
		return this.operations.where(this.type, Filter.all());
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		Assert.notNull(ids, "Ids must not be null");
		return this.operations.findAllById(this.type, ids);
	}

	@Override
	public long count() {
		return this.operations.count(this.type, Filter.all());
	}

	@Override
	public void deleteById(ID id) {
		Assert.notNull(id, "Id must not be null");
		this.operations.deleteById(this.type, id);
	}

	@Override
	public void delete(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		this.operations.delete(entity);
	}

	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		Assert.notNull(ids, "Ids must not be null");
		this.operations.deleteAllById(this.type, ids);
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "Entities must not be null");
		this.operations.deleteAll(entities);
	}

	@Override
	public void deleteAll() {
		this.operations.delete(this.type, Filter.all());
	}

	@Override
	public List<T> findAll(Sort sort) {
		Assert.notNull(sort, "Sort must not be null");
		return this.operations.where(this.type, Filter.all(), QueryOptions.builder().sort(sort).build());
	}

	@Override
	public Page<T> findAll(Pageable pageable) {
		Assert.notNull(pageable, "Pageable must not be null");
		if (pageable.isUnpaged()) {
			List<T> all = findAll(pageable.getSort());
			return PageableExecutionUtils.getPage(all, pageable, all::size);
		}
		return this.operations.findPage(this.type, Filter.all(), QueryOptions.none(), pageable);
	}

	@Override
	public List<T> where(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.where(this.type, filter);
	}

	@Override
	public List<T> where(Filter filter, QueryOptions options) {
		Assert.notNull(filter, "Filter must not be null");
		Assert.notNull(options, "QueryOptions must not be null");
		return this.operations.where(this.type, filter, options);
	}

	@Override
	public List<T> where(Map<String, ?> equalities) {
		Assert.notNull(equalities, "Equalities must not be null");
		return this.operations.where(this.type, equalities);
	}

	@Override
	public List<T> where(String field, @Nullable Object value) {
		Assert.hasText(field, "Field must not be empty");
		return this.operations.where(this.type, field, value);
	}

	@Override
	public Optional<T> first(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.first(this.type, filter);
	}

	@Override
	public Optional<T> first(Filter filter, QueryOptions options) {
		Assert.notNull(filter, "Filter must not be null");
		Assert.notNull(options, "QueryOptions must not be null");
		return this.operations.first(this.type, filter, options);
	}

	@Override
	public Optional<T> last(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.last(this.type, filter);
	}

	@Override
	public long count(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.count(this.type, filter);
	}

	@Override
	public boolean exists(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.exists(this.type, filter);
	}

	@Override
	public long update(Map<String, ?> changes, Filter filter) {
		Assert.notNull(changes, "Changes must not be null");
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.update(this.type, changes, filter);
	}

	@Override
	public T update(T entity, Map<String, ?> changes) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(changes, "Changes must not be null");
		return this.operations.update(entity, changes);
	}

	@Override
	public long delete(Filter filter) {
		Assert.notNull(filter, "Filter must not be null");
		return this.operations.delete(this.type, filter);
	}

	@Override
	public void destroy(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		this.operations.destroy(entity);
	}
}

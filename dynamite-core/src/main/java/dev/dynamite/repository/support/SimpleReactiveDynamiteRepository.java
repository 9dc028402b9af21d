package dev.dynamite.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.repository.ReactiveDynamiteRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The default implementation of {@link ReactiveDynamiteRepository}: every method defers to
 * {@link AsyncDynamiteOperations}, so nothing is sent before subscription and each subscription sends again.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 */
public class SimpleReactiveDynamiteRepository<T, ID> implements ReactiveDynamiteRepository<T, ID> {

	private final AsyncDynamiteOperations operations;

	private final Class<T> type;

	/**
	 * @param entityInformation the entity the repository manages
	 * @param operations the operations to defer to
	 */
	public SimpleReactiveDynamiteRepository(DynamiteEntityInformation<T, ID> entityInformation,
			AsyncDynamiteOperations operations) {
		Assert.notNull(entityInformation, "DynamiteEntityInformation must not be null");
		Assert.notNull(operations, "AsyncDynamiteOperations must not be null");
		this.operations = operations;
		this.type = entityInformation.getJavaType();
	}

	private static <R> Mono<R> mono(Supplier<CompletableFuture<R>> call) {
		return Mono.fromFuture(call);
	}

	private static <R> Mono<R> optional(Supplier<CompletableFuture<java.util.Optional<R>>> call) {
		return Mono.fromFuture(call).flatMap(Mono::justOrEmpty);
	}

	private static <R> Flux<R> flux(Supplier<CompletableFuture<List<R>>> call) {
		return Mono.fromFuture(call).flatMapIterable(list -> list);
	}

	@Override
	public Mono<T> create(T entity) {
		return mono(() -> this.operations.create(entity));
	}

	@Override
	public <S extends T> Mono<S> save(S entity) {
		return mono(() -> this.operations.save(entity));
	}

	@Override
	public <S extends T> Flux<S> saveAll(Iterable<S> entities) {
		return flux(() -> this.operations.saveAll(entities));
	}

	@Override
	public <S extends T> Flux<S> saveAll(Publisher<S> entityStream) {
		return Flux.from(entityStream).collectList().flatMapMany(this::saveAll);
	}

	@Override
	public Mono<T> findById(ID id) {
		return optional(() -> this.operations.findById(this.type, id));
	}

	@Override
	public Mono<T> findById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::findById);
	}

	@Override
	public Mono<Boolean> existsById(ID id) {
		return findById(id).hasElement();
	}

	@Override
	public Mono<Boolean> existsById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::existsById);
	}

	@Override
	public Flux<T> findAll() {
		return where(Filter.all());
	}

	@Override
	public Flux<T> findAll(Sort sort) {
		return where(Filter.all(), QueryOptions.builder().sort(sort).build());
	}

	@Override
	public Flux<T> findAllById(Iterable<ID> ids) {
		return flux(() -> this.operations.findAllById(this.type, ids));
	}

	@Override
	public Flux<T> findAllById(Publisher<ID> idStream) {
		return Flux.from(idStream).collectList().flatMapMany(this::findAllById);
	}

	@Override
	public Mono<Long> count() {
		return count(Filter.all());
	}

	@Override
	public Mono<Void> deleteById(ID id) {
		return mono(() -> this.operations.deleteById(this.type, id));
	}

	@Override
	public Mono<Void> deleteById(Publisher<ID> id) {
		return Mono.from(id).flatMap(this::deleteById);
	}

	@Override
	public Mono<Void> delete(T entity) {
		return mono(() -> this.operations.delete(entity));
	}

	@Override
	public Mono<Void> deleteAllById(Iterable<? extends ID> ids) {
		return mono(() -> this.operations.deleteAllById(this.type, ids));
	}

	@Override
	public Mono<Void> deleteAll(Iterable<? extends T> entities) {
		return mono(() -> this.operations.deleteAll(entities));
	}

	@Override
	public Mono<Void> deleteAll(Publisher<? extends T> entityStream) {
		return Flux.from(entityStream).collectList().flatMap(list -> deleteAll(new ArrayList<T>(list)));
	}

	@Override
	public Mono<Void> deleteAll() {
		return delete(Filter.all()).then();
	}

	@Override
	public Flux<T> where(Filter filter) {
		return flux(() -> this.operations.where(this.type, filter));
	}

	@Override
	public Flux<T> where(Filter filter, QueryOptions options) {
		return flux(() -> this.operations.where(this.type, filter, options));
	}

	@Override
	public Flux<T> where(Map<String, ?> equalities) {
		return flux(() -> this.operations.where(this.type, equalities));
	}

	@Override
	public Flux<T> where(String field, @Nullable Object value) {
		return flux(() -> this.operations.where(this.type, field, value));
	}

	@Override
	public Mono<T> first(Filter filter) {
		return optional(() -> this.operations.first(this.type, filter));
	}

	@Override
	public Mono<T> first(Filter filter, QueryOptions options) {
		return optional(() -> this.operations.first(this.type, filter, options));
	}

	@Override
	public Mono<T> last(Filter filter) {
		return optional(() -> this.operations.last(this.type, filter));
	}

	@Override
	public Mono<Long> count(Filter filter) {
		return mono(() -> this.operations.count(this.type, filter));
	}

	@Override
	public Mono<Boolean> exists(Filter filter) {
		return mono(() -> this.operations.exists(this.type, filter));
	}

	@Override
	public Mono<Long> update(Map<String, ?> changes, Filter filter) {
		return mono(() -> this.operations.update(this.type, changes, filter));
	}

	@Override
	public Mono<T> update(T entity, Map<String, ?> changes) {
		return mono(() -> this.operations.update(entity, changes));
	}

	@Override
	public Mono<Long> delete(Filter filter) {
		return mono(() -> this.operations.delete(this.type, filter));
	}

	@Override
	public Mono<Void> destroy(T entity) {
		return delete(entity);
	}
}

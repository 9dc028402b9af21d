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
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.execution.AsyncTransport;
import dev.dynamite.core.execution.ItemPublisher;
import dev.dynamite.core.execution.OperationRunner;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.core.observation.RequestObservations;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The implementation of {@link AsyncDynamiteOperations} on a {@link DynamoDbAsyncClient}: a thin facade over the same
 * planners and executors as {@link DynamiteTemplate}, so both send the same requests. No call blocks; the futures
 * complete on the SDK's threads, so keep long work off their callbacks (or use the {@code ...Async} variants with your
 * own executor). Thread-safe; create one per client and share it.
 */
public class AsyncDynamiteTemplate extends TemplateSupport implements AsyncDynamiteOperations {

	private final DynamoDbAsyncClient client;

	/**
	 * A template with the built-in converters.
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping context
	 */
	public AsyncDynamiteTemplate(DynamoDbAsyncClient client, DynamiteMappingContext mappingContext) {
		this(client, new DynamiteConverter(mappingContext));
	}

	/**
	 * A template with the given converter (and its mapping context).
	 * @param client the DynamoDB client
	 * @param converter the converter
	 */
	public AsyncDynamiteTemplate(DynamoDbAsyncClient client, DynamiteConverter converter) {
		this(client, converter, BatchRetryPolicy.DEFAULT, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM);
	}

	/**
	 * A template with its batch behaviour set.
	 * @param client the async DynamoDB client
	 * @param converter the converter (and its mapping context)
	 * @param retryPolicy how unprocessed batch items and keys are retried (back-offs are scheduled, not slept)
	 * @param batchParallelism how many BatchWriteItem requests a bulk write has in flight at once
	 */
	public AsyncDynamiteTemplate(DynamoDbAsyncClient client, DynamiteConverter converter, BatchRetryPolicy retryPolicy,
			int batchParallelism) {
		this(client, converter, retryPolicy, batchParallelism, RequestObservations.NONE);
	}

	/**
	 * A template whose requests are observed, as {@link DynamiteTemplate}'s are.
	 * @param client the async DynamoDB client
	 * @param converter the converter (and its mapping context)
	 * @param retryPolicy how unprocessed batch items and keys are retried
	 * @param batchParallelism how many BatchWriteItem requests a bulk write has in flight at once
	 * @param observations the observation registry, convention and consumed-capacity setting
	 * ({@link RequestObservations#NONE} for none)
	 */
	public AsyncDynamiteTemplate(DynamoDbAsyncClient client, DynamiteConverter converter, BatchRetryPolicy retryPolicy,
			int batchParallelism, RequestObservations observations) {
		super(new OperationRunner(converter, observed(new AsyncTransport(checked(client)), observations), retryPolicy,
				batchParallelism));
		this.client = client;
	}

	@Override
	public <T> CompletableFuture<T> create(T entity) {
		return this.operations.create(entity);
	}

	@Override
	public <T> CompletableFuture<T> save(T entity) {
		return this.operations.save(entity);
	}

	@Override
	public <T> CompletableFuture<List<T>> saveAll(Iterable<T> entities) {
		return this.operations.saveAll(entities);
	}

	@Override
	public <T> CompletableFuture<List<T>> where(Class<T> type, Filter filter) {
		return this.operations.where(type, filter, QueryOptions.none());
	}

	@Override
	public <T> CompletableFuture<List<T>> where(Class<T> type, Filter filter, QueryOptions options) {
		return this.operations.where(type, filter, options);
	}

	@Override
	public <T> CompletableFuture<List<T>> where(Class<T> type, Map<String, ?> equalities) {
		if (equalities == null) {
			return CompletableFuture.failedFuture(new IllegalArgumentException("Equalities must not be null"));
		}
		return where(type, Filter.of(equalities));
	}

	@Override
	public <T> CompletableFuture<List<T>> where(Class<T> type, String field, @Nullable Object value) {
		try {
			return where(type, Filter.where(field, value));
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	@Override
	public <T> CompletableFuture<Optional<T>> first(Class<T> type, Filter filter) {
		return this.operations.first(type, filter, QueryOptions.none());
	}

	@Override
	public <T> CompletableFuture<Optional<T>> first(Class<T> type, Filter filter, QueryOptions options) {
		return this.operations.first(type, filter, options);
	}

	@Override
	public <T> CompletableFuture<Optional<T>> last(Class<T> type, Filter filter) {
		return this.operations.first(type, filter, QueryOptions.none().reversed());
	}

	@Override
	public <T> CompletableFuture<Long> count(Class<T> type, Filter filter) {
		return this.operations.count(type, filter);
	}

	@Override
	public <T> CompletableFuture<Boolean> exists(Class<T> type, Filter filter) {
		return this.operations.exists(type, filter);
	}

	@Override
	public CompletableFuture<ItemCollection> collection(Class<?> type, Map<String, ?> partitionFields) {
		return this.operations.collection(type, partitionFields);
	}

	@Override
	public <T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key) {
		return this.operations.findById(type, key);
	}

	@Override
	public <T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key, QueryOptions options) {
		return this.operations.findById(type, key, options);
	}

	@Override
	public CompletableFuture<Void> attach(Object entity, Class<?> related, Object relatedId) {
		return this.operations.link(entity, related, java.util.List.of(relatedId), false);
	}

	@Override
	public CompletableFuture<Void> detach(Object entity, Class<?> related, Object relatedId) {
		return this.operations.link(entity, related, java.util.List.of(relatedId), true);
	}

	@Override
	public CompletableFuture<Void> syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds) {
		return this.operations.syncRelation(entity, related, relatedIds);
	}

	@Override
	public <T> CompletableFuture<List<T>> findAllById(Class<T> type, Iterable<?> keys) {
		return this.operations.findAllById(type, keys);
	}

	@Override
	public <T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter) {
		return this.operations.update(type, changes, filter);
	}

	@Override
	public <T> CompletableFuture<T> update(T entity, Map<String, ?> changes) {
		return this.operations.update(entity, changes);
	}

	@Override
	public <T> CompletableFuture<Long> delete(Class<T> type, Filter filter) {
		return this.operations.delete(type, filter);
	}

	@Override
	public <T> CompletableFuture<Void> delete(T entity) {
		return this.operations.delete(entity);
	}

	@Override
	public <T> CompletableFuture<Void> deleteAll(Iterable<? extends T> entities) {
		return this.operations.deleteAll(entities);
	}

	@Override
	public <T> CompletableFuture<Void> destroy(T entity) {
		return this.operations.delete(entity);
	}

	@Override
	public <T> CompletableFuture<T> create(T entity, WriteOptions options) {
		return this.operations.create(entity, options);
	}

	@Override
	public <T> CompletableFuture<T> save(T entity, WriteOptions options) {
		return this.operations.save(entity, options);
	}

	@Override
	public <T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		return this.operations.update(type, changes, filter, options);
	}

	@Override
	public <T> CompletableFuture<T> update(T entity, Map<String, ?> changes, WriteOptions options) {
		return this.operations.update(entity, changes, options);
	}

	@Override
	public <T> CompletableFuture<Long> delete(Class<T> type, Filter filter, WriteOptions options) {
		return this.operations.delete(type, filter, options);
	}

	@Override
	public <T> CompletableFuture<Void> destroy(T entity, WriteOptions options) {
		return this.operations.delete(entity, options);
	}

	@Override
	public <T> CompletableFuture<Page<T>> findPage(Class<T> type, Filter filter, QueryOptions options, Pageable pageable) {
		return this.operations.findPage(type, filter, options, pageable);
	}

	@Override
	public <T> CompletableFuture<List<T>> findAllByIdInTransaction(Class<T> type, Iterable<?> keys) {
		return this.operations.findAllByIdInTransaction(type, keys);
	}

	@Override
	public boolean isPersisted(Object entity) {
		return this.operations.converter().isPersisted(entity);
	}

	@Override
	public <T> CompletableFuture<Void> forceDestroy(T entity) {
		return this.operations.forceDestroy(entity);
	}

	@Override
	public <T> CompletableFuture<Long> increment(Class<T> type, String field, Number by, Filter filter) {
		return this.operations.increment(type, field, by, false, filter);
	}

	@Override
	public <T> CompletableFuture<Long> decrement(Class<T> type, String field, Number by, Filter filter) {
		return this.operations.increment(type, field, by, true, filter);
	}

	@Override
	public <T> CompletableFuture<T> increment(T entity, String field, Number by) {
		return this.operations.increment(entity, field, by, false);
	}

	@Override
	public <T> CompletableFuture<T> decrement(T entity, String field, Number by) {
		return this.operations.increment(entity, field, by, true);
	}

	@Override
	public <T> CompletableFuture<Void> deleteById(Class<T> type, Object key) {
		return this.operations.deleteById(type, key);
	}

	@Override
	public <T> CompletableFuture<Void> deleteAllById(Class<T> type, Iterable<?> keys) {
		return this.operations.deleteAllById(type, keys);
	}

	/** Planned (and checked) on subscription: a bad argument is an {@code onError}, with no request sent. */
	@Override
	public <T> Publisher<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		return new ItemPublisher<>(() -> this.operations.cursor(type, filter, options),
				item -> this.operations.read(type, item));
	}

	@Override
	public <T> CompletableFuture<KeysetPage<T>> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		return this.operations.scroll(type, filter, options, startAfter);
	}

	@Override
	public <T> CompletableFuture<List<T>> execute(Class<T> type, String partiql, Object... parameters) {
		return this.operations.execute(type, partiql, parameters(parameters), QueryOptions.none());
	}

	@Override
	public <T> CompletableFuture<List<T>> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options) {
		return this.operations.execute(type, partiql, parameters, options);
	}

	@Override
	public CompletableFuture<Long> executeUpdate(Class<?> type, String partiql, Object... parameters) {
		return this.operations.executeUpdate(type, partiql, parameters(parameters));
	}

	@Override
	public CompletableFuture<Void> transaction(Consumer<DynamiteTransaction> actions) {
		return this.operations.transaction(actions);
	}

	private static DynamoDbAsyncClient checked(DynamoDbAsyncClient client) {
		Assert.notNull(client, "DynamoDbAsyncClient must not be null");
		return client;
	}

	/**
	 * The async DynamoDB client in use.
	 * @return the async DynamoDB client in use
	 */
	public DynamoDbAsyncClient getClient() {
		return this.client;
	}

}

package dev.dynamite.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.execution.Failures;
import dev.dynamite.core.plan.TransactionBuilder;
import dev.dynamite.core.execution.OperationRunner;
import dev.dynamite.core.execution.PageCursor;
import dev.dynamite.core.execution.SyncTransport;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.core.observation.RequestObservations;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The implementation of {@link DynamiteOperations} on a {@link DynamoDbClient}: a thin facade. Reads and writes are
 * planned by the planners and run by the executors; every request is sent on the calling thread (bulk writes spread
 * their batches over a few worker threads). Thread-safe; create one per client and share it.
 */
public class DynamiteTemplate extends TemplateSupport implements DynamiteOperations {

	/** How many BatchWriteItem requests one bulk write sends in parallel by default. */
	public static final int DEFAULT_BATCH_PARALLELISM = 8;

	private final DynamoDbClient client;

	/**
	 * A template with the built-in converters.
	 * @param client the DynamoDB client
	 * @param mappingContext the mapping context
	 */
	public DynamiteTemplate(DynamoDbClient client, DynamiteMappingContext mappingContext) {
		this(client, new DynamiteConverter(mappingContext));
	}

	/**
	 * A template with the given converter (and its mapping context).
	 * @param client the DynamoDB client
	 * @param converter the converter
	 */
	public DynamiteTemplate(DynamoDbClient client, DynamiteConverter converter) {
		this(client, converter, BatchRetryPolicy.DEFAULT, DEFAULT_BATCH_PARALLELISM);
	}

	/**
	 * A template with its batch behaviour set.
	 * @param client the DynamoDB client
	 * @param converter the converter (and its mapping context)
	 * @param retryPolicy how unprocessed batch items and keys are retried
	 * @param batchParallelism how many BatchWriteItem requests a bulk write sends at once
	 */
	public DynamiteTemplate(DynamoDbClient client, DynamiteConverter converter, BatchRetryPolicy retryPolicy,
			int batchParallelism) {
		this(client, converter, retryPolicy, batchParallelism, RequestObservations.NONE);
	}

	/**
	 * A template whose requests are observed: one observation {@code dynamite.requests} per DynamoDB request (see
	 * {@link dev.dynamite.core.observation}), and a DEBUG line each on the logger {@code dev.dynamite.requests}.
	 * @param client the DynamoDB client
	 * @param converter the converter (and its mapping context)
	 * @param retryPolicy how unprocessed batch items and keys are retried
	 * @param batchParallelism how many BatchWriteItem requests a bulk write sends at once
	 * @param observations the observation registry, convention and consumed-capacity setting
	 * ({@link RequestObservations#NONE} for none)
	 */
	public DynamiteTemplate(DynamoDbClient client, DynamiteConverter converter, BatchRetryPolicy retryPolicy,
			int batchParallelism, RequestObservations observations) {
		super(new OperationRunner(converter, observed(SyncTransport.withWorkers(checked(client), batchParallelism),
				observations), retryPolicy, batchParallelism));
		this.client = client;
	}

	@Override
	public <T> T create(T entity) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.create(entity);
			return entity;
		}
		return Failures.join(this.operations.create(entity));
	}

	@Override
	public <T> T save(T entity) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.save(entity);
			return entity;
		}
		return Failures.join(this.operations.save(entity));
	}

	/**
	 * Every entity is prepared and checked before the first request, so one bad entity means nothing is written.
	 * Versioned entities are then put one by one (each conditional on its version), the others in batches.
	 */
	@Override
	public <T> List<T> saveAll(Iterable<T> entities) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			List<T> saved = new java.util.ArrayList<>();
			entities.forEach((entity) -> {
				collecting.save(entity);
				saved.add(entity);
			});
			return saved;
		}
		return Failures.join(this.operations.saveAll(entities));
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter) {
		return where(type, filter, QueryOptions.none());
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter, QueryOptions options) {
		return Failures.join(this.operations.where(type, filter, options));
	}

	@Override
	public <T> List<T> where(Class<T> type, Map<String, ?> equalities) {
		Assert.notNull(equalities, "Equalities must not be null");
		return where(type, Filter.of(equalities));
	}

	@Override
	public <T> List<T> where(Class<T> type, String field, @Nullable Object value) {
		return where(type, Filter.where(field, value));
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter) {
		return first(type, filter, QueryOptions.none());
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter, QueryOptions options) {
		return Failures.join(this.operations.first(type, filter, options));
	}

	@Override
	public <T> Optional<T> last(Class<T> type, Filter filter) {
		return first(type, filter, QueryOptions.none().reversed());
	}

	@Override
	public <T> long count(Class<T> type, Filter filter) {
		return Failures.join(this.operations.count(type, filter));
	}

	@Override
	public <T> boolean exists(Class<T> type, Filter filter) {
		return Failures.join(this.operations.exists(type, filter));
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key) {
		return Failures.join(this.operations.findById(type, key));
	}

	@Override
	public ItemCollection collection(Class<?> type, Map<String, ?> partitionFields) {
		return Failures.join(this.operations.collection(type, partitionFields));
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key, QueryOptions options) {
		return Failures.join(this.operations.findById(type, key, options));
	}

	@Override
	public void attach(Object entity, Class<?> related, Object relatedId) {
		Failures.join(this.operations.link(entity, related, java.util.List.of(relatedId), false));
	}

	@Override
	public void detach(Object entity, Class<?> related, Object relatedId) {
		Failures.join(this.operations.link(entity, related, java.util.List.of(relatedId), true));
	}

	@Override
	public void syncRelation(Object entity, Class<?> related, java.util.Collection<?> relatedIds) {
		Failures.join(this.operations.syncRelation(entity, related, relatedIds));
	}

	@Override
	public <T> List<T> findAllById(Class<T> type, Iterable<?> ids) {
		return Failures.join(this.operations.findAllById(type, ids));
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter) {
		refuseInTransaction("update(type, changes, filter)");
		return Failures.join(this.operations.update(type, changes, filter));
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes) {
		return update(entity, changes, WriteOptions.none());
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter) {
		refuseInTransaction("delete(type, filter)");
		return Failures.join(this.operations.delete(type, filter));
	}

	@Override
	public <T> void deleteAllById(Class<T> type, Iterable<?> keys) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			keys.forEach((key) -> collecting.delete(type, key));
			return;
		}
		Failures.join(this.operations.deleteAllById(type, keys));
	}

	@Override
	public <T> void delete(T entity) {
		destroy(entity, WriteOptions.none());
	}

	/**
	 * Every key is checked before the first request: one bad entity means nothing is deleted. Versioned entities are
	 * deleted one by one, each conditional on its version; the others in batches.
	 */
	@Override
	public <T> void deleteAll(Iterable<? extends T> entities) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			entities.forEach(collecting::delete);
			return;
		}
		Failures.join(this.operations.deleteAll(entities));
	}

	@Override
	public <T> void destroy(T entity) {
		delete(entity);
	}

	@Override
	public <T> T create(T entity, WriteOptions options) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.create(entity, options);
			return entity;
		}
		return Failures.join(this.operations.create(entity, options));
	}

	@Override
	public <T> T save(T entity, WriteOptions options) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.save(entity, options);
			return entity;
		}
		return Failures.join(this.operations.save(entity, options));
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		refuseInTransaction("update(type, changes, filter, options)");
		return Failures.join(this.operations.update(type, changes, filter, options));
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes, WriteOptions options) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.update(entity, changes, options);
			return entity;
		}
		return Failures.join(this.operations.update(entity, changes, options));
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter, WriteOptions options) {
		refuseInTransaction("delete(type, filter, options)");
		return Failures.join(this.operations.delete(type, filter, options));
	}

	@Override
	public <T> void destroy(T entity, WriteOptions options) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.delete(entity, options);
			return;
		}
		Failures.join(this.operations.delete(entity, options));
	}

	@Override
	public <T> Page<T> findPage(Class<T> type, Filter filter, QueryOptions options, Pageable pageable) {
		return Failures.join(this.operations.findPage(type, filter, options, pageable));
	}

	@Override
	public <T> List<T> findAllByIdInTransaction(Class<T> type, Iterable<?> keys) {
		return Failures.join(this.operations.findAllByIdInTransaction(type, keys));
	}

	@Override
	public <T> void forceDestroy(T entity) {
		refuseInTransaction("forceDestroy(entity)");
		Failures.join(this.operations.forceDestroy(entity));
	}

	@Override
	public <T> long increment(Class<T> type, String field, Number by, Filter filter) {
		refuseInTransaction("increment");
		return Failures.join(this.operations.increment(type, field, by, false, filter));
	}

	@Override
	public <T> long decrement(Class<T> type, String field, Number by, Filter filter) {
		refuseInTransaction("decrement");
		return Failures.join(this.operations.increment(type, field, by, true, filter));
	}

	@Override
	public <T> T increment(T entity, String field, Number by) {
		refuseInTransaction("increment");
		return Failures.join(this.operations.increment(entity, field, by, false));
	}

	@Override
	public <T> T decrement(T entity, String field, Number by) {
		refuseInTransaction("decrement");
		return Failures.join(this.operations.increment(entity, field, by, true));
	}

	@Override
	public <T> void deleteById(Class<T> type, Object key) {
		TransactionBuilder collecting = DynamiteTransactionManager.current(this);
		if (collecting != null) {
			collecting.delete(type, key);
			return;
		}
		Failures.join(this.operations.deleteById(type, key));
	}

	@Override
	public <T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		PageCursor cursor = this.operations.cursor(type, filter, options);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor.blockingIterator(), Spliterator.ORDERED),
				false).map(item -> this.operations.read(type, item));
	}

	@Override
	public <T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		return Failures.join(this.operations.scroll(type, filter, options, startAfter));
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, Object... parameters) {
		return Failures.join(this.operations.execute(type, partiql, parameters(parameters), QueryOptions.none()));
	}

	@Override
	public <T> List<T> execute(Class<T> type, String partiql, List<?> parameters, QueryOptions options) {
		return Failures.join(this.operations.execute(type, partiql, parameters, options));
	}

	@Override
	public long executeUpdate(Class<?> type, String partiql, Object... parameters) {
		refuseInTransaction("executeUpdate(...)");
		return Failures.join(this.operations.executeUpdate(type, partiql, parameters(parameters)));
	}

	@Override
	public void transaction(Consumer<DynamiteTransaction> actions) {
		refuseInTransaction("transaction(...)");
		Failures.join(this.operations.transaction(actions));
	}

	private static DynamoDbClient checked(DynamoDbClient client) {
		Assert.notNull(client, "DynamoDbClient must not be null");
		return client;
	}

	/**
	 * The DynamoDB client in use.
	 * @return the DynamoDB client in use
	 */
	public DynamoDbClient getClient() {
		return this.client;
	}


	/** A write that cannot be collected into a {@code @Transactional} transaction is refused there, never sent alone. */
	private void refuseInTransaction(String operation) {
		if (DynamiteTransactionManager.current(this) != null) {
			throw new IllegalStateException(("%s cannot take part in a Spring-managed Dynamite transaction: it would be "
					+ "sent at once, outside it. Call it outside the @Transactional method, or write the items one by "
					+ "one").formatted(operation));
		}
	}
}

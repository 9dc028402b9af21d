package dev.dynamite.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.query.PlanExecutor;
import dev.dynamite.core.query.QueryPlanner;
import dev.dynamite.core.query.ReadPlan;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The implementation of {@link DynamiteOperations} on a {@link DynamoDbClient}. Reads are planned by the
 * {@link QueryPlanner} and run by the {@link PlanExecutor}; writes are single conditional requests or batches.
 * Thread-safe; create one per client and share it.
 */
public class DynamiteTemplate implements DynamiteOperations {

	/** How many BatchWriteItem requests one bulk write sends in parallel by default. */
	public static final int DEFAULT_BATCH_PARALLELISM = 8;

	private final DynamoDbClient client;

	private final DynamiteConverter converter;

	private final QueryPlanner planner;

	private final PlanExecutor executor;

	private final ItemKeys keys;

	private final EntityPreparer preparer;

	private final WriteSpecs writes;

	private final BatchWriter batchWriter;

	private final DynamiteExceptionTranslator translator;

	/** A template with the built-in converters. */
	public DynamiteTemplate(DynamoDbClient client, DynamiteMappingContext mappingContext) {
		this(client, new DynamiteConverter(mappingContext));
	}

	/** A template with the given converter (and its mapping context). */
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
		Assert.notNull(client, "DynamoDbClient must not be null");
		Assert.notNull(converter, "DynamiteConverter must not be null");
		Assert.notNull(retryPolicy, "BatchRetryPolicy must not be null");
		Assert.isTrue(batchParallelism >= 1, "batchParallelism must be at least 1");
		this.client = client;
		this.translator = new DynamiteExceptionTranslator(client);
		this.converter = converter;
		this.planner = new QueryPlanner(converter);
		this.executor = new PlanExecutor(client, retryPolicy);
		this.keys = new ItemKeys(converter);
		this.preparer = new EntityPreparer(converter, this.keys);
		this.writes = new WriteSpecs(converter);
		this.batchWriter = new BatchWriter(client, retryPolicy, batchParallelism);
	}

	@Override
	public <T> T create(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		EntityPreparer.Prepared<T> prepared = this.preparer.prepare(entity, true);
		String table = prepared.entity().getTableName();
		try {
			this.client.putItem(this.writes.put(prepared).toPut());
		}
		catch (ConditionalCheckFailedException ex) {
			throw new DuplicateKeyException("%s with key %s already exists (table '%s'); nothing was overwritten"
				.formatted(prepared.entity().getType().getSimpleName(), describe(prepared), table), ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, table);
		}
		return prepared.written();
	}

	@Override
	public <T> T save(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return put(this.preparer.prepare(entity, false));
	}

	private <T> T put(EntityPreparer.Prepared<T> prepared) {
		String table = prepared.entity().getTableName();
		try {
			this.client.putItem(this.writes.put(prepared).toPut());
		}
		catch (ConditionalCheckFailedException ex) {
			throw staleVersion(prepared, ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, table);
		}
		return prepared.written();
	}

	/**
	 * Every entity is prepared and checked before the first request, so one bad entity means nothing is written.
	 * Versioned entities are then put one by one (each conditional on its version), the others in batches.
	 */
	@Override
	public <T> List<T> saveAll(Iterable<T> entities) {
		Assert.notNull(entities, "Entities must not be null");
		List<EntityPreparer.Prepared<T>> prepared = new ArrayList<>();
		for (T entity : entities) {
			Assert.notNull(entity, "Entities must not contain null");
			prepared.add(this.preparer.prepare(entity, false));
		}
		Map<String, Map<Map<String, AttributeValue>, WriteRequest>> byTable = new LinkedHashMap<>();
		for (EntityPreparer.Prepared<T> each : prepared) {
			if (each.entity().getVersionProperty() == null) {
				// the same key twice in one BatchWriteItem is rejected; the later write wins, as it would one by one
				Map<Map<String, AttributeValue>, WriteRequest> requests = byTable
					.computeIfAbsent(each.entity().getTableName(), t -> new LinkedHashMap<>());
				requests.remove(each.key());
				requests.put(each.key(),
						WriteRequest.builder().putRequest(PutRequest.builder().item(each.item()).build()).build());
			}
		}
		byTable.forEach((table, requests) -> translated(table, () -> this.batchWriter.write(table, new ArrayList<>(requests.values()))));
		List<T> result = new ArrayList<>(prepared.size());
		for (EntityPreparer.Prepared<T> each : prepared) {
			result.add(each.entity().getVersionProperty() != null ? put(each) : each.written());
		}
		return result;
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter) {
		return where(type, filter, QueryOptions.none());
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter, QueryOptions options) {
		ReadPlan plan = plan(type, filter, options);
		return read(type, translated(plan, () -> this.executor.list(plan)));
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
		Assert.notNull(options, "QueryOptions must not be null");
		return where(type, filter, options.withLimit(1)).stream().findFirst();
	}

	@Override
	public <T> Optional<T> last(Class<T> type, Filter filter) {
		return first(type, filter, QueryOptions.none().reversed());
	}

	@Override
	public <T> long count(Class<T> type, Filter filter) {
		ReadPlan plan = plan(type, filter, QueryOptions.none());
		return translated(plan, () -> this.executor.count(plan));
	}

	@Override
	public <T> boolean exists(Class<T> type, Filter filter) {
		ReadPlan plan = this.planner.planKeys(entity(type), checked(filter));
		return translated(plan, () -> {
			try (Stream<Map<String, AttributeValue>> items = this.executor.stream(plan)) {
				return items.findAny().isPresent();
			}
		});
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key) {
		DynamitePersistentEntity<?> entity = entity(type);
		ReadPlan plan = this.planner.planByKeys(entity, List.of(this.keys.of(entity, key)));
		List<Map<String, AttributeValue>> items = translated(plan, () -> this.executor.list(plan));
		return items.isEmpty() ? Optional.empty() : Optional.of(this.converter.read(type, items.get(0)));
	}

	@Override
	public <T> List<T> findAllById(Class<T> type, Iterable<?> ids) {
		Assert.notNull(ids, "Ids must not be null");
		DynamitePersistentEntity<?> entity = entity(type);
		List<Map<String, AttributeValue>> keyMaps = new ArrayList<>();
		for (Object id : ids) {
			keyMaps.add(this.keys.of(entity, id));
		}
		if (keyMaps.isEmpty()) {
			return List.of();
		}
		ReadPlan plan = this.planner.planByKeys(entity, keyMaps);
		List<Map<String, AttributeValue>> items = translated(plan, () -> this.executor.list(plan));
		// answer in the order of the ids asked for
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
		List<String> keyAttributes = QueryPlanner.keyAttributes(entity);
		for (Map<String, AttributeValue> item : items) {
			Map<String, AttributeValue> key = new LinkedHashMap<>();
			keyAttributes.forEach(a -> key.put(a, item.get(a)));
			byKey.put(key, item);
		}
		List<T> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> key : new java.util.LinkedHashSet<>(keyMaps)) {
			Map<String, AttributeValue> item = byKey.get(key);
			if (item != null) {
				result.add(this.converter.read(type, item));
			}
		}
		return result;
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter) {
		Assert.notNull(changes, "Changes must not be null");
		DynamitePersistentEntity<?> entity = entity(type);
		Map<DynamitePersistentProperty, @Nullable AttributeValue> resolved = this.writes.changes(entity, changes);
		ReadPlan plan = this.planner.planKeys(entity, checked(filter));
		List<Map<String, AttributeValue>> targets = plan.operation() instanceof ReadPlan.GetItem get ? List.of(get.key())
				: translated(plan, () -> this.executor.list(plan));
		Instant now = Timestamps.next();
		long updated = 0;
		for (Map<String, AttributeValue> key : targets) {
			try {
				this.client.updateItem(this.writes.update(entity, key, resolved, now, null).toUpdate(ReturnValue.NONE));
				updated++;
			}
			catch (ConditionalCheckFailedException ex) {
				// deleted since the keys were read (or never existed): not counted
			}
			catch (SdkException ex) {
				throw this.translator.translate(ex, entity.getTableName());
			}
		}
		return updated;
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(changes, "Changes must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		Map<DynamitePersistentProperty, @Nullable AttributeValue> resolved = this.writes.changes(metadata, changes);
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		Map<String, AttributeValue> key = this.keys.of(metadata, accessor);
		Long expectedVersion = currentVersion(metadata, accessor);
		try {
			Map<String, AttributeValue> stored = this.client.updateItem(this.writes
				.update(metadata, key, resolved, Timestamps.next(), expectedVersion).toUpdate(ReturnValue.ALL_NEW))
				.attributes();
			@SuppressWarnings("unchecked")
			T result = (T) this.converter.read(entity.getClass(), stored);
			return result;
		}
		catch (ConditionalCheckFailedException ex) {
			String what = "%s with key %s".formatted(metadata.getType().getSimpleName(), ItemKeys.describe(metadata, accessor));
			if (expectedVersion != null) {
				throw new OptimisticLockingFailureException(what + " was changed or deleted since version "
						+ expectedVersion + " was read; nothing was written", ex);
			}
			throw new EmptyResultDataAccessException(what + " does not exist (table '" + metadata.getTableName()
					+ "'); nothing was written", 1, ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, metadata.getTableName());
		}
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter) {
		DynamitePersistentEntity<?> entity = entity(type);
		ReadPlan plan = this.planner.planKeys(entity, checked(filter));
		if (plan.operation() instanceof ReadPlan.GetItem get) {
			DeleteItemResponse response = translated(plan, () -> this.client
				.deleteItem(this.writes.delete(entity, get.key(), null).toDelete(ReturnValue.ALL_OLD)));
			return response.hasAttributes() && !response.attributes().isEmpty() ? 1 : 0;
		}
		List<Map<String, AttributeValue>> targets = translated(plan, () -> this.executor.list(plan));
		List<WriteRequest> requests = targets.stream().map(DynamiteTemplate::deleteRequest).toList();
		return translated(plan, () -> this.batchWriter.write(entity.getTableName(), requests));
	}

	@Override
	public <T> void deleteAllById(Class<T> type, Iterable<?> keys) {
		Assert.notNull(keys, "Keys must not be null");
		DynamitePersistentEntity<?> entity = entity(type);
		// one request per distinct key: BatchWriteItem rejects a batch naming an item twice
		Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
		for (Object key : keys) {
			Map<String, AttributeValue> keyMap = this.keys.of(entity, key);
			requests.putIfAbsent(keyMap, deleteRequest(keyMap));
		}
		if (!requests.isEmpty()) {
			List<WriteRequest> writes = List.copyOf(requests.values());
			translated(entity.getTableName(), () -> this.batchWriter.write(entity.getTableName(), writes));
		}
	}

	private static WriteRequest deleteRequest(Map<String, AttributeValue> key) {
		return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
	}

	@Override
	public <T> void delete(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		delete(metadata, accessor, this.keys.of(metadata, accessor));
	}

	/**
	 * Every key is checked before the first request: one bad entity means nothing is deleted. Versioned entities are
	 * deleted one by one, each conditional on its version; the others in batches.
	 */
	@Override
	public <T> void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "Entities must not be null");
		List<PersistentPropertyAccessor<?>> versioned = new ArrayList<>();
		List<Map<String, AttributeValue>> versionedKeys = new ArrayList<>();
		Map<String, Map<Map<String, AttributeValue>, WriteRequest>> byTable = new LinkedHashMap<>();
		for (T entity : entities) {
			Assert.notNull(entity, "Entities must not contain null");
			DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
			PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
			Map<String, AttributeValue> key = this.keys.of(metadata, accessor);
			if (metadata.getVersionProperty() != null) {
				versioned.add(accessor);
				versionedKeys.add(key);
			}
			else {
				byTable.computeIfAbsent(metadata.getTableName(), t -> new LinkedHashMap<>()).putIfAbsent(key, deleteRequest(key));
			}
		}
		byTable.forEach((table, requests) -> translated(table,
				() -> this.batchWriter.write(table, List.copyOf(requests.values()))));
		for (int i = 0; i < versioned.size(); i++) {
			PersistentPropertyAccessor<?> accessor = versioned.get(i);
			delete(this.preparer.entity(accessor.getBean().getClass()), accessor, versionedKeys.get(i));
		}
	}

	private void delete(DynamitePersistentEntity<?> metadata, PersistentPropertyAccessor<?> accessor,
			Map<String, AttributeValue> key) {
		Long expectedVersion = currentVersion(metadata, accessor);
		try {
			this.client.deleteItem(this.writes.delete(metadata, key, expectedVersion).toDelete(ReturnValue.NONE));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new OptimisticLockingFailureException("%s with key %s was changed since version %d was read; nothing was deleted"
				.formatted(metadata.getType().getSimpleName(), ItemKeys.describe(metadata, accessor), expectedVersion), ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, metadata.getTableName());
		}
	}

	@Override
	public <T> void destroy(T entity) {
		delete(entity);
	}

	@Override
	public <T> void deleteById(Class<T> type, Object key) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<String, AttributeValue> keyMap = this.keys.of(entity, key);
		translated(entity.getTableName(),
				() -> this.client.deleteItem(this.writes.delete(entity, keyMap, null).toDelete(ReturnValue.NONE)));
	}

	@Override
	public <T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		ReadPlan plan = plan(type, filter, options);
		Stream<Map<String, AttributeValue>> items = translated(plan, () -> this.executor.stream(plan));
		// pages are fetched while the caller iterates: translate SDK errors there too
		Iterator<Map<String, AttributeValue>> pages = items.iterator();
		Iterator<T> results = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return translated(plan, pages::hasNext);
			}

			@Override
			public T next() {
				return DynamiteTemplate.this.converter.read(type, translated(plan, pages::next));
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
			.onClose(items::close);
	}

	@Override
	public <T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		Assert.notNull(options, "QueryOptions must not be null");
		ReadPlan plan = plan(type, filter, options);
		int size = options.limit() == null ? Integer.MAX_VALUE : options.limit();
		PlanExecutor.Chunk chunk = translated(plan, () -> this.executor.chunk(plan, ItemKeys.fromPlain(startAfter), size));
		return new KeysetPage<>(read(type, chunk.items()), ItemKeys.toPlain(chunk.lastKey()));
	}

	@Override
	public void transaction(Consumer<DynamiteTransaction> actions) {
		Assert.notNull(actions, "Transaction actions must not be null");
		DefaultDynamiteTransaction transaction = new DefaultDynamiteTransaction(this.preparer, this.writes, this.keys,
				this.converter);
		actions.accept(transaction);
		transaction.commit(this.client, this.translator);
	}

	@Override
	public DynamiteMappingContext getMappingContext() {
		return this.converter.getMappingContext();
	}

	@Override
	public DynamiteConverter getConverter() {
		return this.converter;
	}

	/** The DynamoDB client in use. */
	public DynamoDbClient getClient() {
		return this.client;
	}

	private DynamitePersistentEntity<?> entity(Class<?> type) {
		Assert.notNull(type, "Entity type must not be null");
		return this.preparer.entity(type);
	}

	private static Filter checked(Filter filter) {
		Assert.notNull(filter, "Filter must not be null (use Filter.all())");
		return filter;
	}

	private ReadPlan plan(Class<?> type, Filter filter, QueryOptions options) {
		Assert.notNull(options, "QueryOptions must not be null");
		return this.planner.plan(entity(type), checked(filter), options);
	}

	private <T> List<T> read(Class<T> type, List<Map<String, AttributeValue>> items) {
		List<T> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> item : items) {
			result.add(this.converter.read(type, item));
		}
		return result;
	}

	private <R> R translated(ReadPlan plan, Supplier<R> work) {
		return translated(plan.entity().getTableName(), work);
	}

	private <R> R translated(String table, Supplier<R> work) {
		try {
			return work.get();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, table);
		}
	}

	private static @Nullable Long currentVersion(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		DynamitePersistentProperty version = entity.getVersionProperty();
		if (version == null) {
			return null;
		}
		Object value = accessor.getProperty(version);
		return value == null ? null : ((Number) value).longValue();
	}

	private static String describe(EntityPreparer.Prepared<?> prepared) {
		Map<String, AttributeValue> key = prepared.key();
		return key.values().stream().map(v -> v.s() != null ? v.s() : v.n() != null ? v.n() : String.valueOf(v))
			.toList().toString();
	}

	private static OptimisticLockingFailureException staleVersion(EntityPreparer.Prepared<?> prepared, Exception cause) {
		String what = "%s with key %s".formatted(prepared.entity().getType().getSimpleName(), describe(prepared));
		String why = prepared.expectedVersion() == null ? " already exists (a new versioned entity must not exist yet)"
				: " was changed since version " + prepared.expectedVersion() + " was read";
		return new OptimisticLockingFailureException(what + why + "; nothing was written", cause);
	}
}

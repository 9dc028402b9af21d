package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.DynamiteExceptionTranslator;
import dev.dynamite.core.DynamiteTransaction;
import dev.dynamite.core.Filter;
import dev.dynamite.core.KeysetPage;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.ItemCollection;
import dev.dynamite.core.plan.CollectionPlan;
import dev.dynamite.core.plan.EntityPreparer;
import dev.dynamite.core.plan.ItemKeys;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.RelationPlanner;
import dev.dynamite.mapping.Relation;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.plan.TransactionBuilder;
import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.plan.WritePlanner;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every operation of the templates, once, as futures: arguments checked and the request planned before anything is
 * sent (a bad argument is a failed future, no request), the plan run by the executors, the items read into entities.
 * {@code DynamiteTemplate} waits for these futures on a {@link SyncTransport}, whose futures are complete when
 * returned; {@code AsyncDynamiteTemplate} returns them on an {@link AsyncTransport}.
 */
public final class OperationRunner {

	private final DynamiteConverter converter;

	private final QueryPlanner reads;

	private final WritePlanner writes;

	private final ReadExecutor readExecutor;

	private final WriteExecutor writeExecutor;

	private final LifecycleWrites hooked;

	private final RelationLoader relations;

	/**
	 * @param converter the converter (and its mapping context)
	 * @param transport the transport to DynamoDB
	 * @param retryPolicy how unprocessed batch items and keys are retried
	 * @param batchParallelism how many BatchWriteItem requests one bulk write has in flight at once
	 */
	public OperationRunner(DynamiteConverter converter, DynamoDbTransport transport, BatchRetryPolicy retryPolicy,
			int batchParallelism) {
		Assert.notNull(converter, "DynamiteConverter must not be null");
		Assert.notNull(retryPolicy, "BatchRetryPolicy must not be null");
		Assert.isTrue(batchParallelism >= 1, "batchParallelism must be at least 1");
		this.converter = converter;
		this.reads = new QueryPlanner(converter);
		this.writes = new WritePlanner(converter, this.reads);
		Failures failures = new Failures(new DynamiteExceptionTranslator(transport.target()));
		this.readExecutor = new ReadExecutor(transport, retryPolicy, failures);
		this.writeExecutor = new WriteExecutor(transport, this.readExecutor, retryPolicy, batchParallelism, failures);
		this.hooked = new LifecycleWrites(converter, this.reads, this.writes, this.readExecutor, this.writeExecutor);
		this.relations = new RelationLoader(this, converter, this.readExecutor);
	}

	/**
	 * The converter in use.
	 * @return the converter in use
	 */
	public DynamiteConverter converter() {
		return this.converter;
	}

	/**
	 * Creates the item (a conditional put), as the template's {@code create}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future of the entity
	 */
	public <T> CompletableFuture<T> create(T entity) {
		return put(entity, true, WriteOptions.none());
	}

	/**
	 * Creates the item (a conditional put) when the options' condition holds, as the template's {@code create}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return a future of the entity
	 */
	public <T> CompletableFuture<T> create(T entity, WriteOptions options) {
		return put(entity, true, options);
	}

	/**
	 * Writes the item, as the template's {@code save}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future of the entity
	 */
	public <T> CompletableFuture<T> save(T entity) {
		return put(entity, false, WriteOptions.none());
	}

	/**
	 * Writes the item when the options' condition holds, as the template's {@code save}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return a future of the entity
	 */
	public <T> CompletableFuture<T> save(T entity, WriteOptions options) {
		return put(entity, false, options);
	}

	private <T> CompletableFuture<T> put(T entity, boolean create, WriteOptions options) {
		return start(() -> {
			Assert.notNull(entity, "Entity must not be null");
			Assert.notNull(options, "WriteOptions must not be null");
			if (options.runsHooks()) {
				return this.hooked.put(entity, create, options);
			}
			EntityPreparer.Prepared<T> prepared = this.writes.prepare(entity, create);
			return this.writeExecutor.execute(this.writes.put(prepared, create, options.condition()))
				.thenApply(outcome -> this.converter
					.readTransformed(this.converter.afterSave(prepared.written(), prepared.item())));
		});
	}

	/**
	 * Every entity is prepared and checked before the first request: one bad entity means nothing is written.
	 * @param <T> the entity type
	 * @param entities the entities
	 * @return every entity is prepared and checked before the first request
	 */
	public <T> CompletableFuture<List<T>> saveAll(Iterable<T> entities) {
		return start(() -> {
			Assert.notNull(entities, "Entities must not be null");
			List<EntityPreparer.Prepared<T>> prepared = new ArrayList<>();
			for (T entity : entities) {
				Assert.notNull(entity, "Entities must not contain null");
				prepared.add(this.writes.prepare(entity, false));
			}
			return this.writeExecutor.execute(this.writes.saveAll(prepared)).thenApply(outcome -> {
				List<T> result = new ArrayList<>(prepared.size());
				prepared.forEach(each -> result.add(this.converter.afterSave(each.written(), each.item())));
				return result;
			});
		});
	}

	/**
	 * The matching items, as the template's {@code where}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the matching items, as the template's {@code where}
	 */
	public <T> CompletableFuture<List<T>> where(Class<T> type, Filter filter, QueryOptions options) {
		return start(() -> {
			Assert.notNull(options, "QueryOptions must not be null");
			if (options.includes().isEmpty()) {
				ReadPlan plan = plan(type, filter, options);
				return this.readExecutor.list(plan).thenApply(items -> read(type, items));
			}
			DynamitePersistentEntity<?> entity = entity(type);
			this.relations.check(entity, options.includes());
			ReadPlan plan = plan(type, filter, this.relations.parentOptions(entity, options));
			return this.readExecutor.list(plan)
				.thenCompose(items -> this.relations.load(entity, read(type, items), options.includes()));
		});
	}

	/**
	 * The first matching item in the options' order, as the template's {@code first}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the first matching item in the options' order, as the template's {@code first}
	 */
	public <T> CompletableFuture<Optional<T>> first(Class<T> type, Filter filter, QueryOptions options) {
		return start(() -> {
			Assert.notNull(options, "QueryOptions must not be null");
			return where(type, filter, options.withLimit(1)).thenApply(found -> found.stream().findFirst());
		});
	}

	/**
	 * The number of matching items, as the template's {@code count}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return the number of matching items, as the template's {@code count}
	 */
	public <T> CompletableFuture<Long> count(Class<T> type, Filter filter) {
		return start(() -> this.readExecutor.count(plan(type, filter, QueryOptions.none())));
	}

	/**
	 * Whether any item matches, as the template's {@code exists}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return whether any item matches, as the template's {@code exists}
	 */
	public <T> CompletableFuture<Boolean> exists(Class<T> type, Filter filter) {
		return start(() -> this.readExecutor.exists(this.reads.planKeys(entity(type), checked(filter))));
	}

	/**
	 * One partition of a shared table, every item mapped to its class by its type, as the template's
	 * {@code collection}.
	 * @param type a single-table entity
	 * @param partitionFields the values of the fields its partition template names
	 * @return the partition's items
	 */
	public CompletableFuture<ItemCollection> collection(Class<?> type, Map<String, ?> partitionFields) {
		return start(() -> {
			Assert.notNull(partitionFields, "Partition fields must not be null");
			CollectionPlan plan = this.reads.planCollection(entity(type), partitionFields, false);
			return this.readExecutor.list(plan.read()).thenApply((items) -> {
				List<Object> mapped = new ArrayList<>(items.size());
				List<Map<String, AttributeValue>> unmapped = new ArrayList<>();
				for (Map<String, AttributeValue> item : items) {
					AttributeValue typeName = item.get(plan.typeAttribute());
					CollectionPlan.Member member = (typeName == null || typeName.s() == null) ? null
							: plan.members().get(typeName.s());
					if (member == null) {
						unmapped.add(item);
					}
					else if (member.hidden() == null || !member.hidden().hidden(item)) {
						mapped.add(this.converter.read(member.entity().getType(), item));
					}
				}
				return new ItemCollection(mapped, unmapped);
			});
		});
	}

	/**
	 * The item with this key, as the template's {@code findById}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return the item with this key, as the template's {@code findById}
	 */
	public <T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key) {
		return start(() -> {
			DynamitePersistentEntity<?> entity = entity(type);
			ReadPlan plan = this.reads.planByKeys(entity, List.of(this.writes.keys().of(entity, key)));
			return this.readExecutor.list(plan)
				.thenApply(items -> items.isEmpty() ? Optional.<T>empty() : Optional.of(this.converter.read(type, items.get(0))));
		});
	}

	/**
	 * The item with this key and the relations the options include, as the template's {@code findById(type, key,
	 * options)}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @param options the relations to include (and attributes, consistency)
	 * @return the item with this key
	 */
	public <T> CompletableFuture<Optional<T>> findById(Class<T> type, Object key, QueryOptions options) {
		return start(() -> {
			Assert.notNull(options, "QueryOptions must not be null");
			if (options.includes().isEmpty() && options.attributes().isEmpty() && !options.consistentRead()
					&& !options.includeTrashed()) {
				return findById(type, key);
			}
			DynamitePersistentEntity<?> entity = entity(type);
			Map<String, AttributeValue> keyMap = this.writes.keys().of(entity, key);
			Filter byKey = Filter.all();
			for (Map.Entry<String, AttributeValue> part : keyMap.entrySet()) {
				DynamitePersistentProperty property = entity.getRequiredField(part.getKey());
				byKey = byKey.and(property.getName(), this.converter.fromAttributeValue(property, part.getValue()));
			}
			return where(type, byKey, options.toBuilder().skip(0).limit(1).build())
				.thenApply(found -> found.stream().findFirst());
		});
	}

	/**
	 * A page of the matching items with its total, as the template's {@code findPage}: the total comes from the read
	 * itself when it read every match (a Scan path), else from a {@code Select=COUNT} read when the page does not tell
	 * it.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options sort, attributes and consistency (skip and limit come from the pageable)
	 * @param pageable the page
	 * @return a future of the page
	 */
	public <T> CompletableFuture<Page<T>> findPage(Class<T> type, Filter filter,
			QueryOptions options, Pageable pageable) {
		return start(() -> {
			Assert.notNull(pageable, "Pageable must not be null");
			QueryOptions.Builder builder = options.toBuilder();
			if (options.sort().isUnsorted() && pageable.getSort().isSorted()) {
				builder.sort(pageable.getSort());
			}
			if (pageable.isPaged()) {
				builder.skip(Math.toIntExact(pageable.getOffset())).limit(pageable.getPageSize());
			}
			QueryOptions paged = builder.build();
			DynamitePersistentEntity<?> entity = entity(type);
			this.relations.check(entity, options.includes());
			ReadPlan plan = plan(type, filter, this.relations.parentOptions(entity, paged));
			return this.readExecutor.listCounted(plan).thenCompose((counted) -> this.relations
				.load(entity, read(type, counted.items()), options.includes())
				.thenCompose((content) -> {
					Long total = (counted.total() != null) ? counted.total() : totalFromPage(pageable, content.size());
					if (total != null) {
						return CompletableFuture.completedFuture((Page<T>) new PageImpl<>(content, pageable, total));
					}
					return this.readExecutor.count(plan(type, filter, QueryOptions.builder()
						.includeTrashed(options.includeTrashed())
						.build()))
						.thenApply((count) -> (Page<T>) new PageImpl<>(content, pageable, count));
				}));
		});
	}

	/**
	 * The total a page tells by itself (as Spring Data's {@code PageableExecutionUtils}): everything fits on an unpaged
	 * or first page, or a page that is not full ends the results; else {@code null}.
	 */
	private static @Nullable Long totalFromPage(Pageable pageable, int size) {
		if (pageable.isUnpaged()) {
			return (long) size;
		}
		if (size < pageable.getPageSize() && (pageable.getOffset() == 0 || size > 0)) {
			return pageable.getOffset() + size;
		}
		return null;
	}

	/**
	 * Reads the items with these keys in one TransactGetItems, a snapshot across items, as the template's
	 * {@code findAllByIdInTransaction}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param ids the ids, each once, at most 100
	 * @return a future of the entities found, in the order of the ids
	 */
	public <T> CompletableFuture<List<T>> findAllByIdInTransaction(Class<T> type, Iterable<?> ids) {
		return start(() -> {
			Assert.notNull(ids, "Ids must not be null");
			DynamitePersistentEntity<?> entity = entity(type);
			java.util.Set<Map<String, AttributeValue>> keys = new LinkedHashSet<>();
			for (Object id : ids) {
				keys.add(this.writes.keys().of(entity, id));
			}
			if (keys.size() > 100) {
				throw new IllegalArgumentException("A TransactGetItems reads at most 100 items; %d keys of entity %s were given"
					.formatted(keys.size(), entity.getType().getSimpleName()));
			}
			List<Map<String, AttributeValue>> keyMaps = List.copyOf(keys);
			ReadPlan plan = this.reads.planByKeys(entity, keyMaps);
			return this.readExecutor.transactGet(plan, keyMaps).thenApply(items -> read(type, items));
		});
	}

	/**
	 * The items with these keys, in the order of the keys asked for (each once).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param ids the ids
	 * @return the items with these keys, in the order of the keys asked for (each once)
	 */
	public <T> CompletableFuture<List<T>> findAllById(Class<T> type, Iterable<?> ids) {
		return start(() -> {
			Assert.notNull(ids, "Ids must not be null");
			DynamitePersistentEntity<?> entity = entity(type);
			List<Map<String, AttributeValue>> keyMaps = new ArrayList<>();
			for (Object id : ids) {
				keyMaps.add(this.writes.keys().of(entity, id));
			}
			if (keyMaps.isEmpty()) {
				return CompletableFuture.completedFuture(List.<T>of());
			}
			ReadPlan plan = this.reads.planByKeys(entity, keyMaps);
			return this.readExecutor.list(plan).thenApply(items -> inKeyOrder(type, entity, keyMaps, items));
		});
	}

	private <T> List<T> inKeyOrder(Class<T> type, DynamitePersistentEntity<?> entity,
			List<Map<String, AttributeValue>> keys, List<Map<String, AttributeValue>> items) {
		Map<Map<String, AttributeValue>, Map<String, AttributeValue>> byKey = new LinkedHashMap<>();
		for (Map<String, AttributeValue> item : items) {
			byKey.put(WritePlanner.keyOf(entity, item), item);
		}
		List<T> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> key : new LinkedHashSet<>(keys)) {
			Map<String, AttributeValue> item = byKey.get(key);
			if (item != null) {
				result.add(this.converter.read(type, item));
			}
		}
		return result;
	}

	/**
	 * Sets the changes on every matching item, as the template's {@code update}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return a future of how many items
	 */
	public <T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter) {
		return update(type, changes, filter, WriteOptions.none());
	}

	/**
	 * Sets the changes on every matching item that meets the options' condition, as the template's {@code update}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @param options the condition each item must meet when it is written
	 * @return a future of how many items
	 */
	public <T> CompletableFuture<Long> update(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		return start(() -> {
			Assert.notNull(type, "Entity type must not be null");
			Assert.notNull(changes, "Changes must not be null");
			Assert.notNull(options, "WriteOptions must not be null");
			if (options.runsHooks()) {
				return this.hooked.updateMatching(type, changes, checked(filter), options);
			}
			return this.writeExecutor
				.execute(this.writes.updateMatching(type, changes, checked(filter), options.condition()))
				.thenApply(WriteExecutor.Outcome::written);
		});
	}

	/**
	 * Sets the changes on this entity's item, as the template's {@code update}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return a future of the entity
	 */
	@SuppressWarnings("unchecked")
	public <T> CompletableFuture<T> update(T entity, Map<String, ?> changes) {
		return update(entity, changes, WriteOptions.none());
	}

	/**
	 * Sets the changes on this entity's item when the options' condition holds, as the template's {@code update}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @param options the condition
	 * @return a future of the entity
	 */
	@SuppressWarnings("unchecked")
	public <T> CompletableFuture<T> update(T entity, Map<String, ?> changes, WriteOptions options) {
		return start(() -> {
			Assert.notNull(entity, "Entity must not be null");
			Assert.notNull(changes, "Changes must not be null");
			Assert.notNull(options, "WriteOptions must not be null");
			if (options.runsHooks()) {
				return this.hooked.update(entity, changes, options);
			}
			return this.writeExecutor.execute(this.writes.update(entity, changes, true, options.condition()))
				.thenApply(outcome -> {
					this.converter.persisted(entity);
					return (T) this.converter.read(entity.getClass(), outcome.item());
				});
		});
	}

	/**
	 * Adds to a numeric field of every matching item, as the template's {@code increment}/{@code decrement}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param field the numeric field
	 * @param by the amount
	 * @param negate whether to subtract
	 * @param filter which items
	 * @return a future of how many items
	 */
	public <T> CompletableFuture<Long> increment(Class<T> type, String field, Number by, boolean negate, Filter filter) {
		return start(() -> {
			Assert.notNull(type, "Entity type must not be null");
			return this.writeExecutor.execute(this.writes.incrementMatching(type, field, by, negate, checked(filter)))
				.thenApply(WriteExecutor.Outcome::written);
		});
	}

	/**
	 * Adds to a numeric field of this entity's item and sets the stored counter, version and {@code @UpdatedAt} on the
	 * instance, from the item DynamoDB returns.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param field the numeric field
	 * @param by the amount
	 * @param negate whether to subtract
	 * @return a future of the entity
	 */
	public <T> CompletableFuture<T> increment(T entity, String field, Number by, boolean negate) {
		return start(() -> {
			Assert.notNull(entity, "Entity must not be null");
			WritePlan.Update update = this.writes.increment(entity, field, by, negate, true);
			return this.writeExecutor.execute(update).thenApply(outcome -> refresh(entity, update, outcome.item()));
		});
	}

	/** The instance with the counter, version and {@code @UpdatedAt} of the item as stored. */
	private <T> T refresh(T entity, WritePlan.Update update, @Nullable Map<String, AttributeValue> item) {
		if (item == null) {
			return entity;
		}
		DynamitePersistentEntity<?> metadata = update.entity();
		Object stored = this.converter.read(entity.getClass(), item);
		PersistentPropertyAccessor<?> from = this.converter.accessor(stored);
		this.converter.persisted(entity);
		PersistentPropertyAccessor<T> to = this.converter.accessor(entity);
		for (DynamitePersistentProperty property : metadata) {
			String attribute = property.getAttributeName();
			if (update.additions().containsKey(attribute) || update.changes().containsKey(attribute)
					|| property.isVersionProperty()) {
				to.setProperty(property, from.getProperty(property));
			}
		}
		return to.getBean();
	}

	/**
	 * Deletes every matching item, as the template's {@code delete}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @return a future of how many items
	 */
	public <T> CompletableFuture<Long> delete(Class<T> type, Filter filter) {
		return delete(type, filter, WriteOptions.none());
	}

	/**
	 * Deletes every matching item that meets the options' condition, as the template's {@code delete}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options the condition each item must meet when it is deleted
	 * @return a future of how many items
	 */
	public <T> CompletableFuture<Long> delete(Class<T> type, Filter filter, WriteOptions options) {
		return start(() -> {
			Assert.notNull(type, "Entity type must not be null");
			Assert.notNull(options, "WriteOptions must not be null");
			if (options.runsHooks()) {
				return this.hooked.deleteMatching(type, checked(filter), options);
			}
			return this.writeExecutor.execute(this.writes.deleteMatching(type, checked(filter), options.condition()))
				.thenApply(WriteExecutor.Outcome::written);
		});
	}

	/**
	 * Deletes this entity's item, as the template's {@code delete}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future completed when done
	 */
	public <T> CompletableFuture<Void> delete(T entity) {
		return delete(entity, WriteOptions.none());
	}

	/**
	 * Deletes this entity's item when the options' condition holds, as the template's {@code destroy}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param options the condition
	 * @return a future completed when done
	 */
	public <T> CompletableFuture<Void> delete(T entity, WriteOptions options) {
		return start(() -> {
			Assert.notNull(entity, "Entity must not be null");
			Assert.notNull(options, "WriteOptions must not be null");
			if (options.runsHooks()) {
				return this.hooked.delete(entity, options);
			}
			return this.writeExecutor.execute(this.writes.destroy(entity, options.condition())).thenApply(outcome -> {
				this.converter.removed(entity);
				return null;
			});
		});
	}

	/**
	 * Deletes this entity's item for good, also with {@code @DeleteAt}, as the template's {@code forceDestroy}.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a future completed when done
	 */
	public <T> CompletableFuture<Void> forceDestroy(T entity) {
		return start(() -> {
			Assert.notNull(entity, "Entity must not be null");
			return this.writeExecutor.execute(this.writes.delete(entity, null)).thenApply(outcome -> {
				this.converter.removed(entity);
				return null;
			});
		});
	}

	/**
	 * Every key is checked before the first request: one bad entity means nothing is deleted.
	 * @param <T> the entity type
	 * @param entities the entities
	 * @return every key is checked before the first request
	 */
	public <T> CompletableFuture<Void> deleteAll(Iterable<? extends T> entities) {
		return start(() -> {
			Assert.notNull(entities, "Entities must not be null");
			return this.writeExecutor.execute(this.writes.deleteAll(entities)).thenApply(outcome -> {
				entities.forEach(this.converter::removed);
				return null;
			});
		});
	}

	/**
	 * Deletes the item with this key, as the template's {@code deleteById}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return a future completed when done
	 */
	public <T> CompletableFuture<Void> deleteById(Class<T> type, Object key) {
		return start(() -> {
			Assert.notNull(type, "Entity type must not be null");
			return this.writeExecutor.execute(this.writes.deleteById(type, key)).thenApply(outcome -> null);
		});
	}

	/**
	 * Deletes the items with these keys, as the template's {@code deleteAllById}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return a future completed when done
	 */
	public <T> CompletableFuture<Void> deleteAllById(Class<T> type, Iterable<?> keys) {
		return start(() -> {
			Assert.notNull(type, "Entity type must not be null");
			Assert.notNull(keys, "Keys must not be null");
			return this.writeExecutor.execute(this.writes.deleteAllById(type, keys)).thenApply(outcome -> null);
		});
	}

	/**
	 * A cursor over the matches in DynamoDB's order; planned (and checked) at once.
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return a cursor over the matches in DynamoDB's order
	 */
	public PageCursor cursor(Class<?> type, Filter filter, QueryOptions options) {
		Assert.notNull(options, "QueryOptions must not be null");
		Assert.isTrue(options.includes().isEmpty(), () -> ("A stream of %s does not load relations (includes %s): read "
				+ "with where, findPage or scroll, whose results are loaded together").formatted(type.getSimpleName(),
						options.includes()));
		return this.readExecutor.cursor(plan(type, filter, options));
	}

	/**
	 * One keyset page of the matching items, as the template's {@code scroll}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @param startAfter the start after
	 * @return one keyset page of the matching items, as the template's {@code scroll}
	 */
	public <T> CompletableFuture<KeysetPage<T>> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		return start(() -> {
			Assert.notNull(options, "QueryOptions must not be null");
			DynamitePersistentEntity<?> entity = entity(type);
			this.relations.check(entity, options.includes());
			ReadPlan plan = plan(type, filter, this.relations.parentOptions(entity, options));
			int size = options.limit() == null ? Integer.MAX_VALUE : options.limit();
			return this.readExecutor.chunk(plan, ItemKeys.fromPlain(startAfter), size)
				.thenCompose(chunk -> this.relations.load(entity, read(type, chunk.items()), options.includes())
					.thenApply(content -> new KeysetPage<>(content, ItemKeys.toPlain(chunk.lastKey()))));
		});
	}

	/**
	 * The entities a PartiQL statement returns (none for one that writes).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @param options skip, limit, order, attributes and consistency
	 * @return the entities a PartiQL statement returns (none for one that writes)
	 */
	public <T> CompletableFuture<List<T>> execute(Class<T> type, String partiql, List<?> parameters,
			QueryOptions options) {
		return start(() -> {
			Assert.notNull(partiql, "PartiQL statement must not be null");
			Assert.notNull(parameters, "Parameters must not be null");
			Assert.notNull(options, "QueryOptions must not be null");
			DynamitePersistentEntity<?> entity = entity(type);
			this.relations.check(entity, options.includes());
			return this.readExecutor.statement(this.writes.statement(type, partiql, parameters, options.withoutIncludes()))
				.thenCompose(items -> this.relations.load(entity, items == null ? List.<T>of() : read(type, items),
						options.includes()));
		});
	}

	/**
	 * Runs a PartiQL INSERT, UPDATE or DELETE: 1 when it wrote its item, 0 when the item was not there.
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return a future of how many items
	 */
	public CompletableFuture<Long> executeUpdate(Class<?> type, String partiql, List<?> parameters) {
		return start(() -> {
			Assert.notNull(partiql, "PartiQL statement must not be null");
			Assert.notNull(parameters, "Parameters must not be null");
			return this.readExecutor.statement(this.writes.statement(type, partiql, parameters, QueryOptions.none()))
				.thenApply(items -> items == null ? 0L : 1L);
		});
	}

	/**
	 * Collects the actions (each checked as it is added), then sends them as one TransactWriteItems.
	 * @param actions the writes to make in the transaction
	 * @return a future completed when done
	 */
	public CompletableFuture<Void> transaction(Consumer<DynamiteTransaction> actions) {
		return start(() -> {
			Assert.notNull(actions, "Transaction actions must not be null");
			TransactionBuilder transaction = new TransactionBuilder(this.writes);
			actions.accept(transaction);
			return this.writeExecutor.execute(transaction.plan()).thenRun(transaction::committed);
		});
	}

	/**
	 * A transaction to collect actions in, sent later with {@link #commit(TransactionBuilder)} (a Spring-managed
	 * transaction's writes).
	 * @return a new, empty transaction
	 */
	public TransactionBuilder newTransaction() {
		return new TransactionBuilder(this.writes);
	}

	/**
	 * Sends the collected actions as one {@code TransactWriteItems} (nothing for none), then completes the entities.
	 * @param transaction the collected actions
	 * @return a future completed when committed
	 */
	public CompletableFuture<Void> commit(TransactionBuilder transaction) {
		return start(() -> this.writeExecutor.execute(transaction.plan()).thenRun(transaction::committed));
	}

	/**
	 * Links the entity to a related item in the pivot table of its many-to-many relation to that type, as the
	 * template's {@code attach}; linking twice is no error.
	 * @param entity the owner (its partition key set)
	 * @param related the related entity class
	 * @param relatedIds the related items' partition keys
	 * @param detach remove the links instead
	 * @return a future completing once the links are written
	 */
	public CompletableFuture<Void> link(Object entity, Class<?> related, Collection<?> relatedIds, boolean detach) {
		return start(() -> {
			Assert.notNull(relatedIds, "Related ids must not be null");
			Relation relation = manyToMany(entity, related);
			AttributeValue owner = ownerKey(relation, entity);
			List<AttributeValue> targets = targetKeys(relation, relatedIds);
			WritePlan plan = detach ? RelationPlanner.detach(relation, owner, targets)
					: RelationPlanner.attach(relation, owner, targets);
			return this.writeExecutor.execute(plan).thenApply(outcome -> (Void) null);
		});
	}

	/**
	 * Makes the entity's links in the pivot table of its many-to-many relation to that type exactly the given ones, as
	 * the template's {@code syncRelation}: one Query of the links, then one BatchWriteItem of the differences.
	 * @param entity the owner (its partition key set)
	 * @param related the related entity class
	 * @param relatedIds the related items' partition keys to be linked
	 * @return a future completing once the links are written
	 */
	public CompletableFuture<Void> syncRelation(Object entity, Class<?> related, Collection<?> relatedIds) {
		return start(() -> {
			Assert.notNull(relatedIds, "Related ids must not be null");
			Relation relation = manyToMany(entity, related);
			AttributeValue owner = ownerKey(relation, entity);
			List<AttributeValue> wanted = targetKeys(relation, relatedIds);
			return this.readExecutor.links(RelationPlanner.links(relation, owner))
				.thenCompose(current -> this.writeExecutor.execute(RelationPlanner.sync(relation, owner, current, wanted)))
				.thenApply(outcome -> (Void) null);
		});
	}

	private Relation manyToMany(Object entity, Class<?> related) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(related, "Related type must not be null");
		DynamitePersistentEntity<?> owner = entity(entity.getClass());
		List<Relation> matching = this.converter.getMappingContext()
			.getRelations(owner)
			.values()
			.stream()
			.filter(relation -> relation.kind() == Relation.Kind.MANY_TO_MANY
					&& relation.target().getType().equals(related))
			.toList();
		if (matching.size() != 1) {
			throw new IllegalArgumentException(("Entity %s has %s @ManyToMany relation to %s; attach, detach and "
					+ "syncRelation need exactly one").formatted(owner.getType().getSimpleName(),
							matching.isEmpty() ? "no" : matching.size() + " a", related.getSimpleName()));
		}
		return matching.get(0);
	}

	private AttributeValue ownerKey(Relation relation, Object entity) {
		Object value = relation.owner().getPropertyAccessor(entity).getProperty(relation.ownerKey());
		if (value == null) {
			throw new IllegalArgumentException("Entity %s: relation '%s' needs the entity's '%s' to link it; it is null (save it first)"
				.formatted(relation.owner().getType().getSimpleName(), relation.name(), relation.ownerKey().getName()));
		}
		return this.converter.toAttributeValue(relation.ownerKey(), value);
	}

	private List<AttributeValue> targetKeys(Relation relation, Collection<?> ids) {
		List<AttributeValue> keys = new ArrayList<>(ids.size());
		for (Object id : ids) {
			Map<String, AttributeValue> key = this.writes.keys().of(relation.target(), id);
			keys.add(key.get(relation.targetKey().getAttributeName()));
		}
		return keys;
	}

	/**
	 * An item read into an entity of the type.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param item the item
	 * @return an item read into an entity of the type
	 */
	public <T> T read(Class<T> type, Map<String, AttributeValue> item) {
		return this.converter.read(type, item);
	}

	private <T> List<T> read(Class<T> type, List<Map<String, AttributeValue>> items) {
		List<T> result = new ArrayList<>(items.size());
		for (Map<String, AttributeValue> item : items) {
			result.add(this.converter.read(type, item));
		}
		return result;
	}

	private DynamitePersistentEntity<?> entity(Class<?> type) {
		Assert.notNull(type, "Entity type must not be null");
		return this.writes.entity(type);
	}

	private static Filter checked(Filter filter) {
		Assert.notNull(filter, "Filter must not be null (use Filter.all())");
		return filter;
	}

	private ReadPlan plan(Class<?> type, Filter filter, QueryOptions options) {
		Assert.notNull(options, "QueryOptions must not be null");
		return this.reads.plan(entity(type), checked(filter), options);
	}

	/** The operation's future; an exception while checking and planning becomes a failed future (nothing sent). */
	private static <R> CompletableFuture<R> start(Supplier<CompletableFuture<R>> operation) {
		try {
			return operation.get();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}
}

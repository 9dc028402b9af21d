package dev.dynamite.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.plan.WritePlan.Statement;
import dev.dynamite.core.plan.WritePlan.BatchEntry;
import dev.dynamite.core.plan.WritePlan.BatchWrite;
import dev.dynamite.core.plan.WritePlan.ConditionFailure;
import dev.dynamite.core.plan.WritePlan.Delete;
import dev.dynamite.core.plan.WritePlan.Each;
import dev.dynamite.core.plan.WritePlan.ForMatches;
import dev.dynamite.core.plan.WritePlan.OnConditionFailure;
import dev.dynamite.core.plan.WritePlan.Put;
import dev.dynamite.core.plan.WritePlan.Transaction;
import dev.dynamite.core.plan.WritePlan.Update;
import dev.dynamite.core.plan.WritePlan.UserCondition;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.EntityValidator;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.SingleTableDefinition;
import dev.dynamite.mapping.FieldPipeline;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Chooses the DynamoDB operations of every write; the only place that does. A new item is a PutItem conditional on
 * its absence, a save an unconditional PutItem (conditional on {@code @Version} when the entity has one), a change an
 * UpdateItem of the changed attributes only, conditional on the item existing; many items are BatchWriteItem requests,
 * except versioned ones, which stay conditional single writes; a write by filter reads the keys first (or goes
 * straight to the item when the filter is its full key). Every value is checked here, before any request.
 */
public final class WritePlanner {

	/** DynamoDB's limit of actions in one TransactWriteItems. */
	public static final int MAX_TRANSACTION_ACTIONS = 100;

	private final DynamiteConverter converter;

	private final QueryPlanner reads;

	private final ItemKeys keys;

	private final EntityPreparer preparer;

	private final LifecycleRunner lifecycle;

	private final StatementBinder statements;

	/**
	 * @param converter converts values
	 * @param reads plans the reads of the keys that writes by filter need
	 */
	public WritePlanner(DynamiteConverter converter, QueryPlanner reads) {
		this.converter = converter;
		this.reads = reads;
		this.keys = new ItemKeys(converter);
		this.preparer = new EntityPreparer(converter, this.keys);
		this.statements = new StatementBinder(converter);
		this.lifecycle = new LifecycleRunner(converter);
	}

	/**
	 * The converter writes are planned with.
	 * @return the converter
	 */
	public DynamiteConverter converter() {
		return this.converter;
	}

	/**
	 * Runs entities' lifecycle methods for writes with hooks.
	 * @return the lifecycle runner
	 */
	public LifecycleRunner lifecycle() {
		return this.lifecycle;
	}

	/**
	 * The table entity of a class; a class without {@code @DynamiteTable} is rejected.
	 * @param type the entity class
	 * @return the table entity of a class
	 */
	public DynamitePersistentEntity<?> entity(Class<?> type) {
		return this.preparer.entity(type);
	}

	/**
	 * The key converter.
	 * @return the key converter
	 */
	public ItemKeys keys() {
		return this.keys;
	}

	/**
	 * Prepares an entity for a put: defaults, timestamps, the next version, every value checked.
	 * @param create whether the item must be new whatever its version
	 * @param <T> the entity type
	 * @param bean the bean
	 * @return the entity preparer.prepared
	 */
	public <T> EntityPreparer.Prepared<T> prepare(T bean, boolean create) {
		return this.preparer.prepare(bean, create);
	}

	/**
	 * The put of a prepared entity: a create must not exist, a versioned entity must have the version read.
	 * @param prepared the prepared
	 * @param create the create
	 * @return the put of a prepared entity
	 */
	public Put put(EntityPreparer.Prepared<?> prepared, boolean create) {
		return put(prepared, create, null);
	}

	/**
	 * The put of a prepared entity, also conditional on the user's condition.
	 * @param prepared the prepared
	 * @param create the create
	 * @param condition the condition the stored item must meet, or {@code null}
	 * @return the put of a prepared entity
	 */
	public Put put(EntityPreparer.Prepared<?> prepared, boolean create, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = prepared.entity();
		OnConditionFailure failure;
		if (create) {
			failure = new OnConditionFailure(ConditionFailure.DUPLICATE_KEY,
					() -> "%s with key %s already exists (table '%s'); nothing was overwritten".formatted(
							entity.getType().getSimpleName(), describe(prepared.key()), entity.getTableName()));
		}
		else {
			failure = new OnConditionFailure(ConditionFailure.STALE_VERSION, () -> "%s with key %s%s; nothing was written"
				.formatted(entity.getType().getSimpleName(), describe(prepared.key()),
						prepared.expectedVersion() == null ? " already exists (a new versioned entity must not exist yet)"
								: " was changed since version " + prepared.expectedVersion() + " was read"));
		}
		DynamitePersistentProperty version = entity.getVersionProperty();
		String versionAttribute = version == null ? null : version.getAttributeName();
		Predicate<@Nullable Map<String, AttributeValue>> ownHeld = prepared.mustNotExist() ? Objects::isNull
				: (stored) -> hasVersion(stored, versionAttribute, prepared.expectedVersion());
		UserCondition user = userCondition(entity, condition, ownHeld,
				() -> "%s with key %s".formatted(entity.getType().getSimpleName(), describe(prepared.key())));
		return new Put(entity, prepared.item(), prepared.mustNotExist(), versionAttribute, prepared.expectedVersion(),
				failure.with(user));
	}

	/**
	 * The writes of many prepared entities: one BatchWrite per table for the unversioned ones (a key given twice is
	 * written once, the later entity winning, as it would one by one), then a conditional put per versioned one.
	 * @param prepared the prepared
	 * @return the writes of many prepared entities
	 */
	public WritePlan saveAll(List<? extends EntityPreparer.Prepared<?>> prepared) {
		Map<String, Map<Map<String, AttributeValue>, BatchEntry>> byTable = new LinkedHashMap<>();
		List<WritePlan> versioned = new ArrayList<>();
		for (EntityPreparer.Prepared<?> each : prepared) {
			if (each.entity().getVersionProperty() == null) {
				Map<Map<String, AttributeValue>, BatchEntry> entries = byTable
					.computeIfAbsent(each.entity().getTableName(), t -> new LinkedHashMap<>());
				entries.remove(each.key());
				entries.put(each.key(), new BatchEntry(false, each.item()));
			}
			else {
				versioned.add(put(each, false));
			}
		}
		return each(batches(byTable), versioned);
	}

	/**
	 * Checks the changes of an update before any request (known fields, no key, no version, no null for a field
	 * every item has) and converts them; {@code @UpdatedAt} is refreshed unless given.
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @return attribute name to new value ({@code null} means REMOVE)
	 */
	public Map<String, @Nullable AttributeValue> changes(DynamitePersistentEntity<?> entity, Map<String, ?> changes) {
		return changes(entity, changes, null, true);
	}

	/**
	 * Checks and converts the changes of an update of this instance's item: for a single-table entity, an overloaded
	 * index composed from a changed field is composed again with the instance's table-key fields (which never change)
	 * for the fields the changes do not give.
	 * @param entity the entity
	 * @param changes the new values, by field name
	 * @param bean the instance updated
	 * @return attribute name to new value ({@code null} means REMOVE)
	 */
	public Map<String, @Nullable AttributeValue> changes(DynamitePersistentEntity<?> entity, Map<String, ?> changes,
			Object bean) {
		return changes(entity, changes, this.converter.accessor(bean), true);
	}

	/**
	 * Checks the changes of an update of several items before any is read: what {@link #changes(DynamitePersistentEntity,
	 * Map, Object)} checks for each, without composing index keys (each item's update does).
	 * @param entity the entity
	 * @param changes the new values, by field name
	 */
	public void checkChanges(DynamitePersistentEntity<?> entity, Map<String, ?> changes) {
		changes(entity, changes, null, false);
	}

	private Map<String, @Nullable AttributeValue> changes(DynamitePersistentEntity<?> entity, Map<String, ?> changes,
			@Nullable PersistentPropertyAccessor<?> known, boolean compose) {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("No changes given for entity %s".formatted(entity.getType().getSimpleName()));
		}
		Map<String, @Nullable AttributeValue> resolved = new LinkedHashMap<>();
		Map<DynamitePersistentProperty, @Nullable Object> fieldValues = new LinkedHashMap<>();
		for (Map.Entry<String, ?> change : changes.entrySet()) {
			DynamitePersistentProperty property = entity.getRequiredField(change.getKey());
			if (property.isKey()) {
				throw new IllegalArgumentException(("Cannot change key field '%s' of entity %s (to '%s'): keys are immutable; "
						+ "delete the item and create a new one").formatted(property.getName(), entity.getType().getSimpleName(),
								change.getValue()));
			}
			if (entity.getSingleTable() != null && entity.getSingleTable().isKeyField(property)) {
				throw new IllegalArgumentException(("Cannot change field '%s' of entity %s (to '%s'): the table's key "
						+ "(%s / %s) is composed from it, and keys are immutable; delete the item and create a new one")
					.formatted(property.getName(), entity.getType().getSimpleName(), change.getValue(),
							entity.getSingleTable().partition().source(), entity.getSingleTable().sort().source()));
			}
			if (property.isVersionProperty()) {
				throw new IllegalArgumentException("Cannot set @Version field '%s' of entity %s (to '%s'): Dynamite advances it"
					.formatted(property.getName(), entity.getType().getSimpleName(), change.getValue()));
			}
			Object value = checkedChange(entity, property, change.getValue());
			fieldValues.put(property, value == null ? null : this.converter.toFieldValue(property, value));
			if (value == null && property.isAlwaysPresent()) {
				throw new IllegalArgumentException(("Cannot set field '%s' of entity %s to null: every item has it (a "
						+ "primitive, @CreatedAt, @UpdatedAt or @Default field); set a value instead")
					.formatted(property.getName(), entity.getType().getSimpleName()));
			}
			AttributeValue attribute = value == null ? null : this.converter.toAttributeValue(property, value);
			resolved.put(property.getAttributeName(),
					attribute == null || Boolean.TRUE.equals(attribute.nul()) ? null : attribute);
		}
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null && compose) {
			recompose(entity, singleTable, fieldValues, known, resolved);
		}
		DynamitePersistentProperty updatedAt = entity.getUpdatedAt();
		if (updatedAt != null && !resolved.containsKey(updatedAt.getAttributeName())) {
			Instant now = Timestamps.next();
			resolved.put(updatedAt.getAttributeName(),
					this.converter.toAttributeValue(updatedAt, Timestamps.as(updatedAt.getType(), now)));
		}
		return resolved;
	}

	/**
	 * The overloaded index keys an update changes: an index whose template names a changed field gets its keys
	 * composed again, which needs every field of that template among the changes (the stored item's other values are
	 * unknown to an update); otherwise the update is refused, as the index would keep a stale key.
	 */
	private static void recompose(DynamitePersistentEntity<?> entity, SingleTableDefinition singleTable,
			Map<DynamitePersistentProperty, @Nullable Object> changed, @Nullable PersistentPropertyAccessor<?> known,
			Map<String, @Nullable AttributeValue> resolved) {
		Map<DynamitePersistentProperty, @Nullable Object> values = new LinkedHashMap<>(changed);
		if (known != null) {
			for (DynamitePersistentProperty field : singleTable.keyFields()) {
				values.putIfAbsent(field, known.getProperty(field));
			}
		}
		for (SingleTableDefinition.Index index : singleTable.indexes()) {
			List<DynamitePersistentProperty> fields = index.fields();
			if (fields.stream().noneMatch(changed::containsKey)) {
				continue;
			}
			for (DynamitePersistentProperty field : fields) {
				if (values.get(field) == null) {
					throw new IllegalArgumentException(("Cannot update entity %s with %s: the overloaded index '%s' (%s / %s) "
							+ "is composed from %s, so an update changing one of them must give every one a value (missing: "
							+ "'%s'); nothing was written").formatted(entity.getType().getSimpleName(),
									changed.keySet().stream().map(DynamitePersistentProperty::getName).toList(),
									index.name(), index.partition().source(), index.sort().source(),
									fields.stream().map(DynamitePersistentProperty::getName).toList(), field.getName()));
				}
			}
			resolved.put(index.partitionAttribute(), AttributeValue.fromS(index.partition().compose(values::get)));
			resolved.put(index.sortAttribute(), AttributeValue.fromS(index.sort().compose(values::get)));
		}
	}

	/** A change through the field's pipeline: its write transforms, its validators, then the entity validator. */
	private @Nullable Object checkedChange(DynamitePersistentEntity<?> entity, DynamitePersistentProperty property,
			@Nullable Object value) {
		FieldPipeline pipeline = property.getPipeline();
		Object checked = value;
		if (pipeline.appliesOnWrite()) {
			checked = pipeline.beforeWrite(this.converter.toFieldValue(property, value));
			String invalid = pipeline.invalid(checked);
			if (invalid != null) {
				throw EntityPreparer.invalidField(entity, property, checked, invalid);
			}
		}
		EntityValidator validator = this.converter.getValidator();
		if (validator != null) {
			validator.validateValue(entity.getType(), property.getName(), this.converter.toFieldValue(property, checked));
		}
		return checked;
	}

	/**
	 * The update of one entity's item, conditional on it existing and on its {@code @Version}; returns the item as
	 * stored.
	 * @param bean the bean
	 * @param changes the new values, by field name
	 * @return the update of one entity's item, conditional on it existing and on its {@code @Version}
	 */
	public Update update(Object bean, Map<String, ?> changes) {
		return update(bean, changes, true);
	}

	/**
	 * The update of one entity's item, conditional on it existing and on its {@code @Version}.
	 * @param returnNew whether DynamoDB returns the item as stored (not in a transaction, which returns nothing)
	 * @param bean the bean
	 * @param changes the new values, by field name
	 * @return the update of one entity's item, conditional on it existing and on its {@code @Version}
	 */
	public Update update(Object bean, Map<String, ?> changes, boolean returnNew) {
		return update(bean, changes, returnNew, null);
	}

	/**
	 * The update of one entity's item, conditional on it existing, on its {@code @Version} and on the user's condition.
	 * @param returnNew whether DynamoDB returns the item as stored (not in a transaction, which returns nothing)
	 * @param bean the bean
	 * @param changes the new values, by field name
	 * @param condition the condition the stored item must meet, or {@code null}
	 * @return the update of one entity's item
	 */
	public Update update(Object bean, Map<String, ?> changes, boolean returnNew, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = entity(bean.getClass());
		Map<String, @Nullable AttributeValue> resolved = changes(entity, changes, bean);
		PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
		Map<String, AttributeValue> key = this.keys.of(entity, accessor);
		Long expectedVersion = currentVersion(entity, accessor);
		Supplier<String> what = () -> "%s with key %s".formatted(entity.getType().getSimpleName(),
				ItemKeys.describe(entity, accessor));
		OnConditionFailure failure = expectedVersion != null
				? new OnConditionFailure(ConditionFailure.STALE_VERSION, () -> what.get() + " was changed or deleted since version "
						+ expectedVersion + " was read; nothing was written")
				: new OnConditionFailure(ConditionFailure.MISSING_ITEM,
						() -> what.get() + " does not exist (table '" + entity.getTableName() + "'); nothing was written");
		String versionAttribute = versionAttribute(entity);
		UserCondition user = userCondition(entity, condition,
				(stored) -> stored != null && hasVersion(stored, versionAttribute, expectedVersion), what);
		return new Update(entity, key, resolved, versionAttribute, expectedVersion, returnNew, failure.with(user));
	}

	/**
	 * An atomic counter update of this entity's item ({@code ADD}, never a read-modify-write), conditional on the item
	 * existing; {@code @Version} is advanced from whatever is stored and {@code @UpdatedAt} refreshed.
	 * @param bean the entity
	 * @param field a numeric field
	 * @param by the number added (subtracted when {@code negate})
	 * @param negate whether to subtract
	 * @param returnNew whether DynamoDB returns the item as stored (not in a transaction)
	 * @return the update
	 */
	public Update increment(Object bean, String field, Number by, boolean negate, boolean returnNew) {
		DynamitePersistentEntity<?> entity = entity(bean.getClass());
		PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
		return incrementKey(entity, this.keys.of(entity, accessor), field, by, negate, returnNew,
				() -> "%s with key %s".formatted(entity.getType().getSimpleName(), ItemKeys.describe(entity, accessor)));
	}

	/**
	 * An atomic counter update of the item with this key, conditional on it existing (in a transaction).
	 * @param type the entity class
	 * @param id a partition key value, or a {@link dev.dynamite.core.Key}
	 * @param field a numeric field
	 * @param by the number added (subtracted when {@code negate})
	 * @param negate whether to subtract
	 * @return the update
	 */
	public Update increment(Class<?> type, Object id, String field, Number by, boolean negate) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<String, AttributeValue> key = this.keys.of(entity, id);
		return incrementKey(entity, key, field, by, negate, false,
				() -> "%s with key %s".formatted(entity.getType().getSimpleName(), describe(key)));
	}

	/**
	 * Atomic counter updates of every item the filter matches, one UpdateItem {@code ADD} each; an item gone in between
	 * is not counted.
	 * @param type the entity class
	 * @param field a numeric field
	 * @param by the number added (subtracted when {@code negate})
	 * @param negate whether to subtract
	 * @param filter which items
	 * @return the updates
	 */
	public WritePlan incrementMatching(Class<?> type, String field, Number by, boolean negate, Filter filter) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<String, AttributeValue> additions = counter(entity, field, by, negate);
		Map<String, @Nullable AttributeValue> changes = timestamp(entity);
		ReadPlan targets = this.reads.planKeys(entity, filter);
		if (targets.operation() instanceof ReadPlan.GetItem get) {
			return counterUpdate(entity, get.key(), changes, additions, false, OnConditionFailure.SKIPPED);
		}
		return new ForMatches(targets, keys -> new Each(keys.stream()
			.map(key -> (WritePlan) counterUpdate(entity, key, changes, additions, false, OnConditionFailure.SKIPPED))
			.toList()));
	}

	private Update incrementKey(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key, String field,
			Number by, boolean negate, boolean returnNew, Supplier<String> what) {
		Map<String, AttributeValue> additions = counter(entity, field, by, negate);
		OnConditionFailure failure = new OnConditionFailure(ConditionFailure.MISSING_ITEM,
				() -> what.get() + " does not exist (table '" + entity.getTableName() + "'); nothing was written");
		return counterUpdate(entity, key, timestamp(entity), additions, returnNew, failure);
	}

	private static Update counterUpdate(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key,
			Map<String, @Nullable AttributeValue> changes, Map<String, AttributeValue> additions, boolean returnNew,
			OnConditionFailure failure) {
		return new Update(entity, key, changes, versionAttribute(entity), null, returnNew, failure, additions);
	}

	/**
	 * The {@code ADD} of a counter: the field must be a number (not a key or {@code @Version}), and the amount must fit
	 * the field's type exactly.
	 */
	private Map<String, AttributeValue> counter(DynamitePersistentEntity<?> entity, String field, Number by,
			boolean negate) {
		Assert.notNull(field, "Field must not be null");
		Assert.notNull(by, "Amount must not be null");
		DynamitePersistentProperty property = entity.getRequiredField(field);
		Class<?> type = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(property.getType());
		if (!Number.class.isAssignableFrom(type) || property.getConverter() != null) {
			throw new IllegalArgumentException("Cannot increment field '%s' of entity %s: it is a %s, not a number"
				.formatted(property.getName(), entity.getType().getSimpleName(), property.getType().getSimpleName()));
		}
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null && (singleTable.isKeyField(property) || singleTable.indexes().stream()
			.anyMatch((index) -> index.fields().contains(property)))) {
			throw new IllegalArgumentException(("Cannot increment field '%s' of entity %s: a key of its shared table or of an "
					+ "overloaded index is composed from it").formatted(property.getName(), entity.getType().getSimpleName()));
		}
		if (property.isKey() || property.isVersionProperty()) {
			throw new IllegalArgumentException("Cannot increment field '%s' of entity %s: it is a %s".formatted(
					property.getName(), entity.getType().getSimpleName(), property.isKey() ? "key" : "@Version field"));
		}
		java.math.BigDecimal amount;
		try {
			amount = new java.math.BigDecimal(by.toString());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Cannot increment field '%s' of entity %s by %s: not a finite number"
				.formatted(property.getName(), entity.getType().getSimpleName(), by), ex);
		}
		AttributeValue value = this.converter.toAttributeValue(property, negate ? amount.negate() : amount);
		return Map.of(property.getAttributeName(), value);
	}

	/** The {@code @UpdatedAt} refresh of a write that sets nothing else. */
	private Map<String, @Nullable AttributeValue> timestamp(DynamitePersistentEntity<?> entity) {
		DynamitePersistentProperty updatedAt = entity.getUpdatedAt();
		if (updatedAt == null) {
			return Map.of();
		}
		return Map.of(updatedAt.getAttributeName(),
				this.converter.toAttributeValue(updatedAt, Timestamps.as(updatedAt.getType(), Timestamps.next())));
	}

	/**
	 * The update of every item the filter matches: straight to the item when the filter is its full key, else the keys
	 * are read and each item updated; an item gone in between is not counted.
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @return the update of every item the filter matches
	 */
	public WritePlan updateMatching(Class<?> type, Map<String, ?> changes, Filter filter) {
		return updateMatching(type, changes, filter, null);
	}

	/**
	 * The update of every item the filter matches and, when it is written, meets the condition; an item that does not
	 * is neither written nor counted.
	 * @param type the entity class
	 * @param changes the new values, by field name
	 * @param filter which items
	 * @param condition the condition each stored item must meet, or {@code null}
	 * @return the update of every item the filter matches
	 */
	public WritePlan updateMatching(Class<?> type, Map<String, ?> changes, Filter filter, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<String, @Nullable AttributeValue> resolved = changes(entity, changes);
		OnConditionFailure skip = OnConditionFailure.SKIPPED.with(unreported(userCondition(entity, condition,
				(stored) -> true, () -> entity.getType().getSimpleName())));
		ReadPlan targets = this.reads.planKeys(entity, filter);
		if (targets.operation() instanceof ReadPlan.GetItem get) {
			return updateSkipping(entity, get.key(), resolved, skip);
		}
		return new ForMatches(targets, keys -> new Each(keys.stream()
			.map(key -> (WritePlan) updateSkipping(entity, key, resolved, skip)).toList()));
	}

	private Update updateSkipping(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key,
			Map<String, @Nullable AttributeValue> changes, OnConditionFailure skip) {
		return new Update(entity, key, changes, versionAttribute(entity), null, false, skip);
	}

	/**
	 * The delete of every item the filter matches: one DeleteItem (counting what it removed) when the filter is the
	 * full key, else the keys are read and deleted in batches.
	 * @param type the entity class
	 * @param filter which items
	 * @return the delete of every item the filter matches
	 */
	public WritePlan deleteMatching(Class<?> type, Filter filter) {
		return deleteMatching(type, filter, null);
	}

	/**
	 * The delete of every item the filter matches and, when it is deleted, meets the condition: with a condition, one
	 * conditional DeleteItem per item (BatchWriteItem takes no conditions), counting those it removed.
	 * @param type the entity class
	 * @param filter which items
	 * @param condition the condition each stored item must meet, or {@code null}
	 * @return the delete of every item the filter matches
	 */
	public WritePlan deleteMatching(Class<?> type, Filter filter, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = entity(type);
		OnConditionFailure skip = OnConditionFailure.SKIPPED.with(unreported(userCondition(entity, condition,
				(stored) -> true, () -> entity.getType().getSimpleName())));
		ReadPlan targets = this.reads.planKeys(entity, filter);
		if (targets.operation() instanceof ReadPlan.GetItem get) {
			return new Delete(entity, get.key(), null, null, true, skip);
		}
		if (condition != null) {
			return new ForMatches(targets, keys -> new Each(keys.stream()
				.map(key -> (WritePlan) new Delete(entity, key, null, null, true, skip)).toList()));
		}
		return new ForMatches(targets, keys -> new BatchWrite(entity.getTableName(),
				keys.stream().map(key -> new BatchEntry(true, key)).toList()));
	}

	/**
	 * The delete of one entity's item, conditional on its {@code @Version} when it has one.
	 * @param bean the bean
	 * @return the delete of one entity's item, conditional on its {@code @Version} when it has one
	 */
	public Delete delete(Object bean) {
		return delete(bean, null);
	}

	/**
	 * The delete of one entity's item, conditional on its {@code @Version} and on the user's condition.
	 * @param bean the bean
	 * @param condition the condition the stored item must meet, or {@code null}
	 * @return the delete of one entity's item
	 */
	public Delete delete(Object bean, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = entity(bean.getClass());
		PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
		return delete(entity, accessor, this.keys.of(entity, accessor), condition);
	}

	/**
	 * The removal of one entity's item, as {@code destroy}: with {@code @DeleteAt}, a soft delete (UpdateItem setting
	 * it, and {@code @UpdatedAt}; the instance gets the time too); else the delete. Conditional on its
	 * {@code @Version} and on the user's condition; an item already gone is no error.
	 * @param bean the bean
	 * @param condition the condition the stored item must meet, or {@code null}
	 * @return the soft delete or the delete
	 */
	public WritePlan destroy(Object bean, @Nullable Filter condition) {
		DynamitePersistentEntity<?> entity = entity(bean.getClass());
		DynamitePersistentProperty deleteAt = entity.getDeleteAt();
		if (deleteAt == null) {
			return delete(bean, condition);
		}
		PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
		Object now = Timestamps.as(deleteAt.getType(), Timestamps.next());
		Map<String, @Nullable AttributeValue> changes = changes(entity, Map.of(deleteAt.getName(), now));
		accessor.setProperty(deleteAt, now);
		Long expectedVersion = currentVersion(entity, accessor);
		String versionAttribute = versionAttribute(entity);
		Supplier<String> what = () -> "%s with key %s".formatted(entity.getType().getSimpleName(),
				ItemKeys.describe(entity, accessor));
		OnConditionFailure failure = expectedVersion != null
				? new OnConditionFailure(ConditionFailure.STALE_VERSION,
						() -> what.get() + " was changed or deleted since version " + expectedVersion + " was read; nothing was deleted")
				: OnConditionFailure.SKIPPED;
		UserCondition user = userCondition(entity, condition,
				(stored) -> stored != null && hasVersion(stored, versionAttribute, expectedVersion), what);
		return new Update(entity, this.keys.of(entity, accessor), changes, versionAttribute, expectedVersion, false,
				failure.with(user));
	}

	private Delete delete(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor,
			Map<String, AttributeValue> key, @Nullable Filter condition) {
		Long expectedVersion = currentVersion(entity, accessor);
		OnConditionFailure failure = new OnConditionFailure(ConditionFailure.STALE_VERSION,
				() -> "%s with key %s was changed since version %d was read; nothing was deleted".formatted(
						entity.getType().getSimpleName(), ItemKeys.describe(entity, accessor), expectedVersion));
		String versionAttribute = expectedVersion == null ? null : versionAttribute(entity);
		UserCondition user = userCondition(entity, condition,
				(stored) -> expectedVersion == null || hasVersion(stored, versionAttribute, expectedVersion),
				() -> "%s with key %s".formatted(entity.getType().getSimpleName(), ItemKeys.describe(entity, accessor)));
		return new Delete(entity, key, versionAttribute, expectedVersion, false, failure.with(user));
	}

	/**
	 * The delete of one entity's item that counts whether it removed one ({@code ReturnValues=ALL_OLD}): a write by
	 * filter with hooks deletes its matches one by one.
	 * @param bean the bean
	 * @param condition the condition the stored item must meet, or {@code null}
	 * @return the delete
	 */
	public Delete deleteCounted(Object bean, @Nullable Filter condition) {
		Delete delete = delete(bean, condition);
		return new Delete(delete.entity(), delete.key(), delete.versionAttribute(), delete.expectedVersion(), true,
				delete.onFailure());
	}

	/** The user's condition on a write, resolved and checked against the entity like a filter; {@code null} for none. */
	private @Nullable UserCondition userCondition(DynamitePersistentEntity<?> entity, @Nullable Filter condition,
			Predicate<@Nullable Map<String, AttributeValue>> ownHeld, Supplier<String> what) {
		if (condition == null || condition.kind() == Filter.Kind.ALL) {
			return null;
		}
		return new UserCondition(condition, this.reads.resolver().resolve(entity, condition), ownHeld, what, true);
	}

	private static @Nullable UserCondition unreported(@Nullable UserCondition condition) {
		return condition == null ? null : new UserCondition(condition.filter(), condition.resolved(), condition.ownHeld(),
				condition.what(), false);
	}

	/** Whether the stored item has the expected version (always, when there is none to check). */
	private static boolean hasVersion(@Nullable Map<String, AttributeValue> stored, @Nullable String versionAttribute,
			@Nullable Long expected) {
		if (versionAttribute == null || expected == null) {
			return true;
		}
		AttributeValue version = (stored != null) ? stored.get(versionAttribute) : null;
		return version != null && version.n() != null && new java.math.BigDecimal(version.n()).longValue() == expected;
	}

	/**
	 * A transaction's check that the item with this key meets the condition.
	 * @param type the entity class
	 * @param id a partition key value, or a {@link dev.dynamite.core.Key}
	 * @param condition the condition, checked like a filter
	 * @return the condition check
	 */
	public WritePlan.ConditionCheck conditionCheck(Class<?> type, Object id, Filter condition) {
		DynamitePersistentEntity<?> entity = entity(type);
		if (condition.kind() == Filter.Kind.ALL) {
			throw new IllegalArgumentException("A condition check on entity %s needs a condition, not Filter.all()"
				.formatted(entity.getType().getSimpleName()));
		}
		return new WritePlan.ConditionCheck(entity, this.keys.of(entity, id), this.reads.resolver().resolve(entity, condition));
	}

	/**
	 * The delete of the item with this key, unconditional: with {@code @DeleteAt}, a soft delete.
	 * @param type the entity class
	 * @param id the id
	 * @return the delete of the item with this key
	 */
	public WritePlan deleteById(Class<?> type, Object id) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<String, AttributeValue> key = this.keys.of(entity, id);
		return (entity.getDeleteAt() != null) ? softDelete(entity, key)
				: new Delete(entity, key, null, null, false, OnConditionFailure.SKIPPED);
	}

	/** The soft delete of the item with this key: {@code @DeleteAt} (and {@code @UpdatedAt}) set, skipped when gone. */
	private Update softDelete(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key) {
		DynamitePersistentProperty deleteAt = entity.getDeleteAt();
		Map<String, @Nullable AttributeValue> changes = changes(entity,
				Map.of(deleteAt.getName(), Timestamps.as(deleteAt.getType(), Timestamps.next())));
		return new Update(entity, key, changes, versionAttribute(entity), null, false, OnConditionFailure.SKIPPED);
	}

	/**
	 * Batched deletes of the items with these keys, each key once, without reading them.
	 * @param type the entity class
	 * @param ids the ids
	 * @return the write plan
	 */
	public WritePlan deleteAllById(Class<?> type, Iterable<?> ids) {
		DynamitePersistentEntity<?> entity = entity(type);
		Map<Map<String, AttributeValue>, BatchEntry> entries = new LinkedHashMap<>();
		for (Object id : ids) {
			Map<String, AttributeValue> key = this.keys.of(entity, id);
			entries.putIfAbsent(key, new BatchEntry(true, key));
		}
		if (entity.getDeleteAt() != null) {
			return new Each(entries.keySet().stream().map((key) -> (WritePlan) softDelete(entity, key)).toList());
		}
		return new BatchWrite(entity.getTableName(), List.copyOf(entries.values()));
	}


	/**
	 * The deletes of many entities, every key checked first: batches per table for the unversioned ones, then a
	 * conditional delete per versioned one.
	 * @param beans the beans
	 * @return the deletes of many entities, every key checked first
	 */
	public WritePlan deleteAll(Iterable<?> beans) {
		Map<String, Map<Map<String, AttributeValue>, BatchEntry>> byTable = new LinkedHashMap<>();
		List<WritePlan> versioned = new ArrayList<>();
		for (Object bean : beans) {
			if (bean == null) {
				throw new IllegalArgumentException("Entities must not contain null");
			}
			DynamitePersistentEntity<?> entity = entity(bean.getClass());
			PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
			Map<String, AttributeValue> key = this.keys.of(entity, accessor);
			if (entity.getDeleteAt() != null) {
				versioned.add(destroy(bean, null));
			}
			else if (entity.getVersionProperty() != null) {
				versioned.add(delete(entity, accessor, key, null));
			}
			else {
				byTable.computeIfAbsent(entity.getTableName(), t -> new LinkedHashMap<>())
					.putIfAbsent(key, new BatchEntry(true, key));
			}
		}
		return each(batches(byTable), versioned);
	}

	/**
	 * One transaction of the actions; more than 100, or two on one item, are refused before anything is sent.
	 * @param actions the writes to make in the transaction
	 * @return one transaction of the actions
	 */
	public Transaction transaction(List<WritePlan> actions) {
		if (actions.size() > MAX_TRANSACTION_ACTIONS) {
			throw new IllegalArgumentException("A transaction holds at most %d actions (DynamoDB's limit), this one has %d; nothing was sent"
				.formatted(MAX_TRANSACTION_ACTIONS, actions.size()));
		}
		return new Transaction(List.copyOf(actions));
	}

	/**
	 * A PartiQL statement on the entity's table: {@code {table}} in place, each {@code ?} bound through its field's
	 * codec; checked before it is sent.
	 * @param type the entity class
	 * @param partiql the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @param options skip, limit, order, attributes and consistency
	 * @return a PartiQL statement on the entity's table
	 */
	public Statement statement(Class<?> type, String partiql, List<?> parameters, QueryOptions options) {
		return this.statements.bind(entity(type), partiql, parameters, options);
	}

	/**
	 * Which entity and key a single-item write is on, for checking that a transaction touches each item once.
	 * @param write the write
	 * @return which entity and key a single-item write is on, for checking that a transaction touches each item once
	 */
	public static Map.Entry<String, Map<String, AttributeValue>> target(WritePlan write) {
		if (write instanceof Put put) {
			return Map.entry(put.entity().getTableName(), keyOf(put.entity(), put.item()));
		}
		if (write instanceof Update update) {
			return Map.entry(update.entity().getTableName(), update.key());
		}
		if (write instanceof Delete delete) {
			return Map.entry(delete.entity().getTableName(), delete.key());
		}
		if (write instanceof WritePlan.ConditionCheck check) {
			return Map.entry(check.entity().getTableName(), check.key());
		}
		throw new IllegalArgumentException("Not a single-item write: " + write);
	}

	/**
	 * The primary key of an item.
	 * @param entity the entity
	 * @param item the item
	 * @return the primary key of an item
	 */
	public static Map<String, AttributeValue> keyOf(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new LinkedHashMap<>(2);
		for (String attribute : QueryPlanner.keyAttributes(entity)) {
			key.put(attribute, item.get(attribute));
		}
		return key;
	}

	/**
	 * A key's values for messages: {@code [a, 1]}.
	 * @param key a partition key value, or a {@link dev.dynamite.core.Key} for a table with a sort key
	 * @return a key's values for messages
	 */
	public static String describe(Map<String, AttributeValue> key) {
		return key.values().stream().map(v -> v.s() != null ? v.s() : v.n() != null ? v.n() : String.valueOf(v))
			.toList().toString();
	}

	private static WritePlan each(List<WritePlan> first, List<WritePlan> then) {
		List<WritePlan> all = new ArrayList<>(first);
		all.addAll(then);
		return all.size() == 1 ? all.get(0) : new Each(all);
	}

	private static List<WritePlan> batches(Map<String, Map<Map<String, AttributeValue>, BatchEntry>> byTable) {
		List<WritePlan> batches = new ArrayList<>();
		byTable.forEach((table, entries) -> batches.add(new BatchWrite(table, List.copyOf(entries.values()))));
		return batches;
	}

	private static @Nullable String versionAttribute(DynamitePersistentEntity<?> entity) {
		DynamitePersistentProperty version = entity.getVersionProperty();
		return version == null ? null : version.getAttributeName();
	}

	private static @Nullable Long currentVersion(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		DynamitePersistentProperty version = entity.getVersionProperty();
		Object value = version == null ? null : accessor.getProperty(version);
		return value == null ? null : ((Number) value).longValue();
	}
}

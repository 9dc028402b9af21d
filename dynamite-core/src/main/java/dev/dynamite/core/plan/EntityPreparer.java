package dev.dynamite.core.plan;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.ReflectionUtils;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.EntityValidator;
import dev.dynamite.core.convert.KeyValueLimits;
import dev.dynamite.mapping.CreationOrderIndex;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.FieldPipeline;
import dev.dynamite.mapping.IndexDefinition;
import dev.dynamite.mapping.SingleTableDefinition;
import dev.dynamite.mapping.ValueGenerator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prepares an entity for a put: fills {@code @Default}s, sets {@code @CreatedAt} / {@code @UpdatedAt}, advances
 * {@code @Version}, checks the key, converts it to an item (with its creation-order shard, for an entity with
 * {@code @CreatedAt(indexed = true)}; with its composed keys and type, for a single-table entity) and checks the item
 * size.
 */
public final class EntityPreparer {

	private final DynamiteMappingContext mappingContext;

	private final DynamiteConverter converter;

	private final ItemKeys keys;

	private final Map<DynamitePersistentProperty, ValueGenerator<?>> generators = new ConcurrentHashMap<>();

	/**
	 * A preparer that converts with the converter and reads keys with the key reader.
	 * @param converter the converter
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 */
	public EntityPreparer(DynamiteConverter converter, ItemKeys keys) {
		this.converter = converter;
		this.mappingContext = converter.getMappingContext();
		this.keys = keys;
	}

	/**
	 * The table entity of a class; a class without {@code @DynamiteTable} is rejected.
	 * @param type the entity class
	 * @return the table entity of a class
	 */
	public DynamitePersistentEntity<?> entity(Class<?> type) {
		DynamitePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(type);
		if (!entity.isTable()) {
			throw new IllegalArgumentException("%s is not a Dynamite table: annotate it with @DynamiteTable".formatted(type.getName()));
		}
		return entity;
	}

	/**
	 * Prepares a put. {@code create} always treats the entity as new; otherwise it is new when its {@code @Version}
	 * is null or 0.
	 * @param <T> the entity type
	 * @param given the entity (the {@code BeforeConvertCallback}s may replace it)
	 * @param create the create
	 * @return the prepared
	 */
	public <T> Prepared<T> prepare(T given, boolean create) {
		DynamitePersistentEntity<?> entity = entity(given.getClass());
		T bean = this.converter.beforeConvert(given);
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(bean);
		Instant now = Timestamps.next();
		for (DynamitePersistentProperty property : entity) {
			if (property.isCreatedAt() && accessor.getProperty(property) == null) {
				accessor.setProperty(property, Timestamps.as(property.getType(), now));
			}
			else if (property.isUpdatedAt()) {
				accessor.setProperty(property, Timestamps.as(property.getType(), now));
			}
			else if (property.getDefault() != null && accessor.getProperty(property) == null) {
				accessor.setProperty(property, defaultValue(entity, property, property.getDefault()));
			}
		}
		checkFields(entity, accessor);
		Long expectedVersion = null;
		boolean mustNotExist = create;
		Object nextVersion = null;
		DynamitePersistentProperty version = entity.getVersionProperty();
		if (version != null) {
			Object current = accessor.getProperty(version);
			long currentVersion = current == null ? 0 : ((Number) current).longValue();
			mustNotExist = create || currentVersion == 0;
			expectedVersion = mustNotExist ? null : currentVersion;
			nextVersion = convertNumber(mustNotExist ? Math.max(1, currentVersion) : currentVersion + 1, version.getType());
		}
		Map<String, AttributeValue> key = this.keys.of(entity, accessor);
		Map<String, AttributeValue> item = this.converter.write(accessor.getBean());
		if (version != null) {
			// the entity gets its new version only once the write succeeded (see Prepared#written)
			item = new java.util.LinkedHashMap<>(item);
			item.put(version.getAttributeName(), this.converter.toAttributeValue(version, nextVersion));
		}
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null) {
			item = new java.util.LinkedHashMap<>(item);
			item.putAll(key);
			for (SingleTableDefinition.Index index : singleTable.indexes()) {
				item.put(index.partitionAttribute(), AttributeValue.fromS(index.partition().compose(accessor::getProperty)));
				item.put(index.sortAttribute(), AttributeValue.fromS(index.sort().compose(accessor::getProperty)));
			}
			item.put(singleTable.discriminator(), AttributeValue.fromS(singleTable.type()));
		}
		CreationOrderIndex creationOrder = entity.getCreationOrderIndex();
		if (creationOrder != null) {
			item = (item instanceof java.util.LinkedHashMap) ? item : new java.util.LinkedHashMap<>(item);
			item.put(creationOrder.shardAttribute(), creationOrder.shardOf(key));
		}
		for (IndexDefinition index : entity.getIndexes()) {
			checkKeyValue(item, index.partitionKey());
			if (index.sortKey() != null) {
				checkKeyValue(item, index.sortKey());
			}
		}
		long size = ItemSize.of(item);
		if (size > ItemSize.MAX_BYTES) {
			throw new IllegalArgumentException("Item of entity %s with key %s is about %d bytes, over DynamoDB's 400 KB limit; nothing was written"
				.formatted(entity.getType().getSimpleName(), ItemKeys.describe(entity, accessor), size));
		}
		String deep = ItemSize.tooDeep(item);
		if (deep != null) {
			throw new IllegalArgumentException(("Item of entity %s with key %s: attribute '%s' nests lists/maps deeper than "
					+ "DynamoDB's %d levels; nothing was written").formatted(entity.getType().getSimpleName(),
							ItemKeys.describe(entity, accessor), deep, ItemSize.MAX_DEPTH));
		}
		T saved = this.converter.beforeSave(accessor.getBean(), item);
		PersistentPropertyAccessor<T> prepared = (saved == accessor.getBean()) ? accessor : this.converter.accessor(saved);
		return new Prepared<>(prepared, entity, key, item, mustNotExist, expectedVersion, nextVersion);
	}

	/**
	 * The field pipeline before a put: {@code @WriteTransform}s set on the instance, then {@code @Validate}s, then the
	 * entity validator (Jakarta Bean Validation); a refusal throws before anything is converted or sent.
	 */
	private void checkFields(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		for (DynamitePersistentProperty property : entity) {
			FieldPipeline pipeline = property.getPipeline();
			if (!pipeline.appliesOnWrite()) {
				continue;
			}
			Object value = pipeline.beforeWrite(accessor.getProperty(property));
			accessor.setProperty(property, value);
			String invalid = pipeline.invalid(value);
			if (invalid != null) {
				throw invalidField(entity, property, value, invalid);
			}
		}
		EntityValidator validator = this.converter.getValidator();
		if (validator != null) {
			validator.validate(accessor.getBean());
		}
	}

	/**
	 * A field value a {@code @Validate} refused: names the entity, the field, the value and the message.
	 * @param entity the entity
	 * @param property the field
	 * @param value the value
	 * @param message the validator's message
	 * @return the exception to throw
	 */
	static IllegalArgumentException invalidField(DynamitePersistentEntity<?> entity, DynamitePersistentProperty property,
			@Nullable Object value, String message) {
		return new IllegalArgumentException("Field '%s' of entity %s (value '%s'): %s; nothing was written"
			.formatted(property.getName(), entity.getType().getSimpleName(), value, message));
	}

	private Object defaultValue(DynamitePersistentEntity<?> entity, DynamitePersistentProperty property, Default declaration) {
		Object value;
		if (declaration.generator() != ValueGenerator.None.class) {
			value = this.generators.computeIfAbsent(property, p -> instantiate(entity, p, declaration)).generate();
		}
		else {
			value = declaration.value();
		}
		try {
			return this.converter.toFieldValue(property, value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("@Default value '%s' of field '%s' of entity %s does not fit the field: %s"
				.formatted(value, property.getName(), entity.getType().getSimpleName(), ex.getMessage()), ex);
		}
	}

	private static void checkKeyValue(Map<String, AttributeValue> item, DynamitePersistentProperty property) {
		AttributeValue value = item.get(property.getAttributeName());
		if (value != null) {
			KeyValueLimits.check(property, value);
		}
	}

	private static ValueGenerator<?> instantiate(DynamitePersistentEntity<?> entity, DynamitePersistentProperty property,
			Default declaration) {
		try {
			return ReflectionUtils.accessibleConstructor(declaration.generator()).newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException("@Default generator %s of field '%s' of entity %s needs a public no-argument constructor"
				.formatted(declaration.generator().getName(), property.getName(), entity.getType().getSimpleName()), ex);
		}
	}

	private static Object convertNumber(long value, Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return (int) value;
		}
		if (type == Short.class || type == short.class) {
			return (short) value;
		}
		return value;
	}

	/**
	 * An entity ready to be put.
	 * @param accessor the entity with defaults and timestamps set (its version not yet advanced)
	 * @param entity its metadata
	 * @param key its primary key
	 * @param item its attribute values, with the new version
	 * @param mustNotExist whether the put is conditional on the item not existing (create, or a new versioned entity)
	 * @param expectedVersion the version the stored item must have, or {@code null} when it must not exist
	 * @param nextVersion the version written, or {@code null} for an entity without {@code @Version}
	 */
	public record Prepared<T>(PersistentPropertyAccessor<T> accessor, DynamitePersistentEntity<?> entity,
			Map<String, AttributeValue> key, Map<String, AttributeValue> item, boolean mustNotExist,
			@Nullable Long expectedVersion, @Nullable Object nextVersion) {

		/**
		 * The entity as written: call once the write succeeded; sets the new version.
		 * @return the entity as written
		 */
		public T written() {
			DynamitePersistentProperty version = this.entity.getVersionProperty();
			if (version != null) {
				this.accessor.setProperty(version, this.nextVersion);
			}
			return this.accessor.getBean();
		}

		/**
		 * The entity before the write (version not advanced).
		 * @return the entity before the write (version not advanced)
		 */
		public T bean() {
			return this.accessor.getBean();
		}
	}
}

package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;

import dev.dynamite.core.Key;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.KeyValueLimits;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.CompositeTemplate;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.SingleTableDefinition;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Primary keys as DynamoDB key maps: from an id ({@link Key} or a partition value), from an entity, and between
 * DynamoDB's {@code LastEvaluatedKey} and plain values (for keyset positions).
 */
public final class ItemKeys {

	private final DynamiteConverter converter;

	/**
	 * Key reading and writing through the converter.
	 * @param converter the converter
	 */
	public ItemKeys(DynamiteConverter converter) {
		this.converter = converter;
	}

	/**
	 * The key map of an id: a {@link Key}, or the partition value of a table without sort key.
	 * @param entity the entity
	 * @param id the id
	 * @return the key map of an id
	 */
	public Map<String, AttributeValue> of(DynamitePersistentEntity<?> entity, @Nullable Object id) {
		if (id == null) {
			throw new IllegalArgumentException("Key of entity %s must not be null".formatted(entity.getType().getSimpleName()));
		}
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null) {
			return sharedTableKey(entity, singleTable, id);
		}
		Key key = id instanceof Key k ? k : Key.of(id);
		DynamitePersistentProperty sortKey = entity.getSortKey();
		if (sortKey != null && !key.hasSort()) {
			throw new IllegalArgumentException("Entity %s has sort key '%s': pass Key.of(partition, sort), not %s"
				.formatted(entity.getType().getSimpleName(), sortKey.getName(), id));
		}
		if (sortKey == null && key.hasSort()) {
			throw new IllegalArgumentException("Entity %s has no sort key, but %s has a sort value"
				.formatted(entity.getType().getSimpleName(), key));
		}
		Map<String, AttributeValue> map = new LinkedHashMap<>(2);
		map.put(entity.getPartitionKey().getAttributeName(), value(entity, entity.getPartitionKey(), key.partition()));
		if (sortKey != null) {
			map.put(sortKey.getAttributeName(), value(entity, sortKey, key.sort()));
		}
		return map;
	}

	/**
	 * The key map of an entity instance.
	 * @param entity the entity
	 * @param accessor the accessor
	 * @return the key map of an entity instance
	 */
	public Map<String, AttributeValue> of(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null) {
			return composed(entity, singleTable, accessor::getProperty);
		}
		Map<String, AttributeValue> map = new LinkedHashMap<>(2);
		DynamitePersistentProperty partitionKey = entity.getPartitionKey();
		map.put(partitionKey.getAttributeName(), value(entity, partitionKey, accessor.getProperty(partitionKey)));
		DynamitePersistentProperty sortKey = entity.getSortKey();
		if (sortKey != null) {
			map.put(sortKey.getAttributeName(), value(entity, sortKey, accessor.getProperty(sortKey)));
		}
		return map;
	}

	/**
	 * The {@link Key} of an entity instance, for messages and repository ids.
	 * @param entity the entity
	 * @param accessor the accessor
	 * @return the {@link Key} of an entity instance, for messages and repository ids
	 */
	public static Key describe(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable != null) {
			return new Key(describe(singleTable.partition(), accessor), describe(singleTable.sort(), accessor));
		}
		Object partition = accessor.getProperty(entity.getPartitionKey());
		Object sort = entity.getSortKey() == null ? null : accessor.getProperty(entity.getSortKey());
		return new Key(partition == null ? "null" : partition, sort);
	}

	/** A composed key for messages: the key, or the template when a field is missing. */
	private static String describe(CompositeTemplate template, PersistentPropertyAccessor<?> accessor) {
		try {
			return template.compose(accessor::getProperty);
		}
		catch (IllegalArgumentException ex) {
			return template.source();
		}
	}

	/**
	 * The key of a single-table entity's item: from a {@link Key} of the composed key values (the
	 * repository id), or from a {@code Map} of the
	 * template fields' values.
	 */
	private Map<String, AttributeValue> sharedTableKey(DynamitePersistentEntity<?> entity,
			SingleTableDefinition singleTable, Object id) {
		String name = entity.getType().getSimpleName();
		if (id instanceof Key key) {
			if (!(key.partition() instanceof String partition) || !(key.sort() instanceof String sort)) {
				throw new IllegalArgumentException(("Entity %s lives in the shared table '%s': its id is Key.of(<%s>, "
						+ "<%s>) with the composed key strings (e.g. Key.of(\"%s\", \"%s\")), or a Map of the fields %s; "
						+ "got %s").formatted(name, entity.getTableName(), singleTable.partitionKey().getAttributeName(),
								singleTable.sortKey().getAttributeName(), singleTable.partition().source(),
								singleTable.sort().source(), fieldNames(singleTable), id));
			}
			Map<String, AttributeValue> map = new LinkedHashMap<>(2);
			map.put(singleTable.partitionKey().getAttributeName(), checked(singleTable.partitionKey(), partition, name));
			map.put(singleTable.sortKey().getAttributeName(), checked(singleTable.sortKey(), sort, name));
			return map;
		}
		if (!(id instanceof Map<?, ?> fields)) {
			throw new IllegalArgumentException(("Entity %s lives in the shared table '%s': pass its id as a Map of the "
					+ "key fields %s, or a Key of the composed key strings; got %s").formatted(name, entity.getTableName(),
							fieldNames(singleTable), id));
		}
		Map<DynamitePersistentProperty, Object> values = new LinkedHashMap<>();
		for (Map.Entry<?, ?> field : fields.entrySet()) {
			DynamitePersistentProperty property = entity.getRequiredField(String.valueOf(field.getKey()));
			if (!singleTable.isKeyField(property)) {
				throw new IllegalArgumentException(("Field '%s' of entity %s is not part of its key (the fields of %s and "
						+ "%s: %s)").formatted(property.getName(), name, singleTable.partition().source(),
								singleTable.sort().source(), fieldNames(singleTable)));
			}
			Object value = field.getValue() == null ? null : this.converter.toFieldValue(property, field.getValue());
			if (value != null) {
				values.put(property, value);
			}
		}
		return composed(entity, singleTable, values::get);
	}

	/** The table key of a single-table entity composed from its fields' values. */
	private static Map<String, AttributeValue> composed(DynamitePersistentEntity<?> entity,
			SingleTableDefinition singleTable, java.util.function.Function<DynamitePersistentProperty, @Nullable Object> values) {
		String name = entity.getType().getSimpleName();
		Map<String, AttributeValue> map = new LinkedHashMap<>(2);
		map.put(singleTable.partitionKey().getAttributeName(),
				checked(singleTable.partitionKey(), singleTable.partition().compose(values), name));
		map.put(singleTable.sortKey().getAttributeName(),
				checked(singleTable.sortKey(), singleTable.sort().compose(values), name));
		return map;
	}

	private static AttributeValue checked(DynamitePersistentProperty property, String value, String entity) {
		if (value.isEmpty()) {
			throw new IllegalArgumentException("Key '%s' of entity %s is an empty string; DynamoDB keys must not be empty"
				.formatted(property.getAttributeName(), entity));
		}
		AttributeValue attribute = AttributeValue.fromS(value);
		KeyValueLimits.check(property, attribute);
		return attribute;
	}

	private static List<String> fieldNames(SingleTableDefinition singleTable) {
		return singleTable.keyFields().stream().map(DynamitePersistentProperty::getName).toList();
	}

	private AttributeValue value(DynamitePersistentEntity<?> entity, DynamitePersistentProperty property,
			@Nullable Object value) {
		String name = entity.getType().getSimpleName();
		if (value == null) {
			throw new IllegalArgumentException("Key field '%s' of entity %s is null; set it%s".formatted(property.getName(),
					name, property.isPartitionKey() ? " or give it @Default(generator = ...)" : ""));
		}
		if (value instanceof String text && text.isEmpty()) {
			throw new IllegalArgumentException("Key field '%s' of entity %s is an empty string; DynamoDB keys must not be empty"
				.formatted(property.getName(), name));
		}
		AttributeValue attribute = this.converter.toAttributeValue(property, value);
		KeyValueLimits.check(property, attribute);
		return attribute;
	}

	/**
	 * DynamoDB's {@code LastEvaluatedKey} as plain values (String, BigDecimal, byte[]).
	 * @param key the key, or {@code null}
	 * @return the plain values by attribute name, or {@code null} for a {@code null} key
	 */
	public static @Nullable Map<String, Object> toPlain(@Nullable Map<String, AttributeValue> key) {
		if (key == null) {
			return null;
		}
		Map<String, Object> plain = new LinkedHashMap<>();
		key.forEach((name, value) -> {
			if (value.s() != null) {
				plain.put(name, value.s());
			}
			else if (value.n() != null) {
				plain.put(name, new BigDecimal(value.n()));
			}
			else if (value.b() != null) {
				plain.put(name, value.b().asByteArray());
			}
			else {
				throw new IllegalStateException("Unexpected key attribute type of '" + name + "': " + value.type());
			}
		});
		return plain;
	}

	/**
	 * Plain key values back into an {@code ExclusiveStartKey}.
	 * @param plain the plain values by attribute name, or {@code null}
	 * @return the key, or {@code null} for {@code null}
	 */
	public static @Nullable Map<String, AttributeValue> fromPlain(@Nullable Map<String, Object> plain) {
		if (plain == null || plain.isEmpty()) {
			return null;
		}
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		plain.forEach((name, value) -> {
			if (value instanceof Number number) {
				key.put(name, AttributeValue.fromN(number instanceof BigDecimal d ? d.toPlainString() : number.toString()));
			}
			else if (value instanceof byte[] bytes) {
				key.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(bytes)));
			}
			else if (value instanceof String text) {
				key.put(name, AttributeValue.fromS(text));
			}
			else {
				throw new IllegalArgumentException("Keyset position value of '%s' must be a String, Number or byte[], was %s"
					.formatted(name, value.getClass().getName()));
			}
		});
		return key;
	}
}

package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;

import dev.dynamite.core.Key;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.KeyValueLimits;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
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
		Object partition = accessor.getProperty(entity.getPartitionKey());
		Object sort = entity.getSortKey() == null ? null : accessor.getProperty(entity.getSortKey());
		return new Key(partition == null ? "null" : partition, sort);
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

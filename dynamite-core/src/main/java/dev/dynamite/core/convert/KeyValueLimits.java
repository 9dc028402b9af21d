package dev.dynamite.core.convert;

import java.nio.charset.StandardCharsets;

import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's size limits on key values, of the table and of its indexes: 2,048 bytes for a partition key, 1,024 for
 * a sort key. Checked for key lookups, filter operands and written items, before any request.
 */
public final class KeyValueLimits {

	private KeyValueLimits() {
	}

	/**
	 * Checks one value of a property.
	 * @param property the property (its owner decides whether it is a key)
	 * @param value the attribute value
	 * @throws IllegalArgumentException naming entity, field, size and limit when the value is too long
	 */
	public static void check(DynamitePersistentProperty property, AttributeValue value) {
		DynamitePersistentEntity<?> entity = (DynamitePersistentEntity<?>) property.getOwner();
		int limit = entity.getKeyByteLimit(property);
		if (limit == 0) {
			return;
		}
		long bytes = size(value);
		if (bytes > limit) {
			String start = value.s() != null ? "'" + value.s().substring(0, Math.min(20, value.s().length())) + "...'"
					: "binary";
			throw new IllegalArgumentException(("Key field '%s' of entity %s is %d bytes (%s); DynamoDB allows %d bytes "
					+ "for a %s key value").formatted(property.getName(), entity.getType().getSimpleName(), bytes, start,
							limit, limit == DynamitePersistentEntity.MAX_SORT_KEY_BYTES ? "sort" : "partition"));
		}
	}

	private static long size(AttributeValue value) {
		if (value.s() != null) {
			String text = value.s();
			// a UTF-8 byte count only when the string could be over the limit
			return text.length() * 3L <= DynamitePersistentEntity.MAX_SORT_KEY_BYTES ? text.length()
					: text.getBytes(StandardCharsets.UTF_8).length;
		}
		if (value.b() != null) {
			return value.b().asByteArrayUnsafe().length;
		}
		return 0;
	}
}

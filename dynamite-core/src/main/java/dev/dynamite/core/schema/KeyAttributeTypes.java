package dev.dynamite.core.schema;

import java.nio.ByteBuffer;

import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The DynamoDB scalar type of a key attribute, derived from the Java type of its field: numbers (primitives
 * included, {@code BigDecimal}, {@code BigInteger}) are {@code N}; {@code byte[]}, {@link SdkBytes} and
 * {@link ByteBuffer} are {@code B}; everything else (String, UUID, enums, java.time types, ...) is stored as a
 * string, {@code S}. A type with a user converter is stored as that converter's {@code attributeValueType()}.
 */
public final class KeyAttributeTypes {

	private KeyAttributeTypes() {
	}

	/**
	 * The scalar attribute type of the given key property.
	 * @param property the property
	 * @return the scalar attribute type of the given key property
	 */
	public static ScalarAttributeType of(DynamitePersistentProperty property) {
		Assert.notNull(property, "Property must not be null");
		AttributeValueType stored = ((DynamitePersistentEntity<?>) property.getOwner()).getConvertedStorage(property);
		if (stored != null) {
			return switch (stored) {
				case N -> ScalarAttributeType.N;
				case B -> ScalarAttributeType.B;
				default -> ScalarAttributeType.S;
			};
		}
		return of(property.getType());
	}

	/**
	 * The scalar attribute type a key of the given Java type is stored as.
	 * @param type the entity class
	 * @return the scalar attribute type a key of the given Java type is stored as
	 */
	public static ScalarAttributeType of(Class<?> type) {
		Assert.notNull(type, "Type must not be null");
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (Number.class.isAssignableFrom(boxed)) {
			return ScalarAttributeType.N;
		}
		if (byte[].class == type || SdkBytes.class.isAssignableFrom(type) || ByteBuffer.class.isAssignableFrom(type)) {
			return ScalarAttributeType.B;
		}
		return ScalarAttributeType.S;
	}
}

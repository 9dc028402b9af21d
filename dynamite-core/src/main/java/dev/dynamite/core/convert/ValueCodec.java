package dev.dynamite.core.convert;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the values of one Java type to and from attribute values. Resolved once per property by
 * {@link CodecFactory}; implementations hold no per-call state.
 */
interface ValueCodec {

	/**
	 * The attribute value of a non-null value, or {@code null} when the value cannot be stored and the attribute
	 * must be omitted (an empty set).
	 * @throws ValueException when the value cannot be stored
	 */
	@Nullable AttributeValue write(Object value);

	/** The value of a non-NUL attribute value. */
	@Nullable Object read(AttributeValue value);

	/** The Java type this codec writes and reads (boxed for primitives). */
	Class<?> type();

	/**
	 * Whether loose values may be converted to this codec's type by the conversion service (no for nested entities,
	 * which are written from their own fields only).
	 */
	default boolean acceptsConvertedValues() {
		return true;
	}

	/** Whether the attribute value is the DynamoDB NUL value. */
	static boolean isNul(AttributeValue value) {
		return Boolean.TRUE.equals(value.nul());
	}
}

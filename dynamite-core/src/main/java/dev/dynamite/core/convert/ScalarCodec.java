package dev.dynamite.core.convert;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A single-attribute value converted by an SDK {@link AttributeConverter}: one of the SDK's default converters
 * (strings, numbers, booleans, java.time, UUID, binary) or a user converter.
 */
final class ScalarCodec implements ValueCodec {

	private final AttributeConverter<Object> converter;

	private final Class<?> type;

	private final boolean custom;

	private final boolean floating;

	@SuppressWarnings("unchecked")
	ScalarCodec(AttributeConverter<?> converter, Class<?> type, boolean custom) {
		this.converter = (AttributeConverter<Object>) converter;
		this.type = type;
		this.custom = custom;
		this.floating = !custom && (type == Double.class || type == Float.class);
	}

	@Override
	public AttributeValue write(Object value) {
		if (this.floating) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new ValueException(value, "DynamoDB cannot store NaN or Infinity");
			}
		}
		AttributeValue written = this.converter.transformFrom(value);
		if (written.n() != null) {
			NumberLimits.check(written.n(), value);
		}
		else if (this.custom && written.hasNs()) {
			written.ns().forEach(number -> NumberLimits.check(number, value));
		}
		return written;
	}

	@Override
	public @Nullable Object read(AttributeValue value) {
		return this.converter.transformTo(value);
	}

	@Override
	public Class<?> type() {
		return this.type;
	}

	/** Whether this is a user converter (never stored as a DynamoDB set). */
	boolean isCustom() {
		return this.custom;
	}
}

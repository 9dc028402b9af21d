package dev.dynamite.core.convert;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An enum stored by constant name as a string.
 */
final class EnumCodec implements ValueCodec {

	private final Class<?> type;

	private final Map<String, Enum<?>> constants = new HashMap<>();

	EnumCodec(Class<?> type) {
		this.type = type;
		for (Object constant : type.getEnumConstants()) {
			Enum<?> value = (Enum<?>) constant;
			this.constants.put(value.name(), value);
		}
	}

	@Override
	public AttributeValue write(Object value) {
		return AttributeValue.fromS(((Enum<?>) value).name());
	}

	@Override
	public Object read(AttributeValue value) {
		String name = value.s();
		if (name == null) {
			throw new ValueException(value, "expected a string attribute holding a constant of " + this.type.getSimpleName());
		}
		Enum<?> constant = this.constants.get(name);
		if (constant == null) {
			throw new ValueException(name, "no such constant in enum " + this.type.getSimpleName() + "; known: "
					+ this.constants.keySet());
		}
		return constant;
	}

	@Override
	public Class<?> type() {
		return this.type;
	}
}

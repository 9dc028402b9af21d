package dev.dynamite.core.convert;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.CollectionFactory;
import org.springframework.core.convert.ConversionService;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A map stored as a DynamoDB map (M): keys as strings (String keys as they are, enum, UUID or number keys through
 * the conversion service), values through their own codec.
 */
final class MapCodec implements ValueCodec {

	private static final AttributeValue NUL = AttributeValue.fromNul(true);

	private final Class<?> type;

	private final Class<?> keyType;

	private final ValueCodec values;

	private final @Nullable ConversionService keyConversion;

	/**
	 * @param keyConversion converts non-String keys to and from String; {@code null} for String keys
	 */
	MapCodec(Class<?> type, Class<?> keyType, ValueCodec values, @Nullable ConversionService keyConversion) {
		this.type = type;
		this.keyType = keyType;
		this.values = values;
		this.keyConversion = keyConversion;
	}

	/** The Java type of the keys. */
	Class<?> keyType() {
		return this.keyType;
	}

	/** The codec of the values. */
	ValueCodec values() {
		return this.values;
	}

	@Override
	public Class<?> type() {
		return this.type;
	}

	@Override
	public AttributeValue write(Object value) {
		Map<?, ?> map = (Map<?, ?>) value;
		Map<String, AttributeValue> result = new HashMap<>((int) (map.size() / 0.75f) + 1);
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			Object key = entry.getKey();
			if (key == null) {
				throw new ValueException("null", "a DynamoDB map cannot have a null key");
			}
			String name = (this.keyConversion != null) ? this.keyConversion.convert(key, String.class) : (String) key;
			if (name == null || name.isEmpty()) {
				throw new ValueException("\"\"", "DynamoDB map keys must not be empty");
			}
			Object each = entry.getValue();
			AttributeValue written = (each != null) ? this.values.write(each) : null;
			result.put(name, (written != null) ? written : NUL);
		}
		return AttributeValue.fromM(result);
	}

	@Override
	public Object read(AttributeValue value) {
		if (!value.hasM()) {
			throw new ValueException(value, "expected a map attribute");
		}
		Map<String, AttributeValue> attributes = value.m();
		Map<Object, @Nullable Object> result = CollectionFactory.createMap(this.type, this.keyType, attributes.size());
		for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
			Object key = (this.keyConversion != null) ? this.keyConversion.convert(entry.getKey(), this.keyType)
					: entry.getKey();
			AttributeValue each = entry.getValue();
			result.put(key, ValueCodec.isNul(each) ? null : this.values.read(each));
		}
		return result;
	}
}

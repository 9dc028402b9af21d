package dev.dynamite.core.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Brings a loose value (a filter operand, an update change, a {@code @Default} literal) to the Java type of a codec,
 * only where nothing is lost or guessed: numbers that fit exactly, a number or {@code true}/{@code false} written as a
 * string, an enum constant or an ISO-8601 / UUID string for the types the SDK parses, a collection for a collection
 * field (element by element), a map for a map field (value by value). Anything else fails: a string for a list, a
 * {@code "yes"} for a Boolean, 2.5 for an Integer, a number for a String.
 */
final class ValueCoercion {

	private final ConversionService conversionService;

	ValueCoercion(ConversionService conversionService) {
		this.conversionService = conversionService;
	}

	/**
	 * The value as the codec's type.
	 * @throws ValueException when the value does not fit
	 */
	Object coerce(Object value, ValueCodec codec) {
		Class<?> target = codec.type();
		if (codec instanceof CollectionCodec collection) {
			return coerceCollection(value, collection);
		}
		if (codec instanceof MapCodec map) {
			return coerceMap(value, map);
		}
		if (target.isInstance(value)) {
			return value;
		}
		if (codec instanceof ScalarCodec scalar && scalar.isCustom()) {
			throw mismatch(value, target);
		}
		if (isNumber(target)) {
			return toNumber(value, target);
		}
		if (target == Boolean.class) {
			return toBoolean(value);
		}
		if (target == String.class) {
			if (value instanceof CharSequence || value instanceof Character) {
				return value.toString();
			}
			throw mismatch(value, target);
		}
		if (target == Character.class) {
			if (value instanceof CharSequence text && text.length() == 1) {
				return text.charAt(0);
			}
			throw mismatch(value, target);
		}
		if (codec instanceof EnumCodec) {
			return toEnum(value, target);
		}
		if (value instanceof CharSequence text && codec instanceof ScalarCodec) {
			return parse(text.toString(), codec);
		}
		if (codec.acceptsConvertedValues() && !(value instanceof CharSequence) && !(value instanceof Number)
				&& this.conversionService.canConvert(value.getClass(), target)) {
			try {
				Object converted = this.conversionService.convert(value, target);
				if (converted != null) {
					return converted;
				}
			}
			catch (RuntimeException ex) {
				// reported below
			}
		}
		throw mismatch(value, target);
	}

	private Object coerceCollection(Object value, CollectionCodec codec) {
		Collection<?> values;
		if (value instanceof Collection<?> collection) {
			values = collection;
		}
		else if (value.getClass().isArray() && !(value instanceof byte[])) {
			values = arrayToList(value);
		}
		else {
			throw mismatch(value, codec.type());
		}
		Collection<@Nullable Object> result = codec.isDynamoSet() ? new LinkedHashSet<>(values.size())
				: new ArrayList<>(values.size());
		for (Object each : values) {
			result.add((each != null) ? coerce(each, codec.element()) : null);
		}
		Class<?> component = codec.type().getComponentType();
		if (component == null) {
			return result;
		}
		Object array = java.lang.reflect.Array.newInstance(component, result.size());
		int i = 0;
		for (Object each : result) {
			if (each == null && component.isPrimitive()) {
				throw new ValueException("null", "an array of " + component.getName() + " cannot hold null");
			}
			java.lang.reflect.Array.set(array, i++, each);
		}
		return array;
	}

	private Map<?, ?> coerceMap(Object value, MapCodec codec) {
		if (!(value instanceof Map<?, ?> map)) {
			throw mismatch(value, codec.type());
		}
		Map<Object, @Nullable Object> result = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			Object key = entry.getKey();
			if (key != null && !codec.keyType().isInstance(key)) {
				throw mismatch(key, codec.keyType());
			}
			Object each = entry.getValue();
			result.put(key, (each != null) ? coerce(each, codec.values()) : null);
		}
		return result;
	}

	private static List<@Nullable Object> arrayToList(Object array) {
		int length = java.lang.reflect.Array.getLength(array);
		List<@Nullable Object> list = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			list.add(java.lang.reflect.Array.get(array, i));
		}
		return list;
	}

	private static boolean isNumber(Class<?> type) {
		return Number.class.isAssignableFrom(type);
	}

	private static Object toNumber(Object value, Class<?> target) {
		BigDecimal decimal;
		if (value instanceof Number number) {
			decimal = decimal(number, value);
		}
		else if (value instanceof CharSequence text) {
			try {
				decimal = new BigDecimal(text.toString().trim());
			}
			catch (NumberFormatException ex) {
				throw mismatch(value, target);
			}
		}
		else {
			throw mismatch(value, target);
		}
		try {
			if (target == Integer.class) {
				return decimal.intValueExact();
			}
			if (target == Long.class) {
				return decimal.longValueExact();
			}
			if (target == Short.class) {
				return decimal.shortValueExact();
			}
			if (target == Byte.class) {
				return decimal.byteValueExact();
			}
			if (target == BigInteger.class) {
				return decimal.toBigIntegerExact();
			}
			if (target == BigDecimal.class) {
				return decimal;
			}
			if (target == Double.class) {
				return decimal.doubleValue();
			}
			if (target == Float.class) {
				return decimal.floatValue();
			}
		}
		catch (ArithmeticException ex) {
			throw new ValueException(value, "it does not fit " + target.getSimpleName() + " exactly");
		}
		throw mismatch(value, target);
	}

	private static BigDecimal decimal(Number number, Object value) {
		if (number instanceof BigDecimal decimal) {
			return decimal;
		}
		if (number instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (number instanceof Double || number instanceof Float) {
			double d = number.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				throw new ValueException(value, "DynamoDB cannot store NaN or Infinity");
			}
			return new BigDecimal(number.toString());
		}
		return BigDecimal.valueOf(number.longValue());
	}

	private static Boolean toBoolean(Object value) {
		if (value instanceof CharSequence text) {
			String word = text.toString().trim().toLowerCase(Locale.ROOT);
			if (word.equals("true")) {
				return Boolean.TRUE;
			}
			if (word.equals("false")) {
				return Boolean.FALSE;
			}
		}
		throw mismatch(value, Boolean.class);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object toEnum(Object value, Class<?> target) {
		if (value instanceof CharSequence text) {
			try {
				return Enum.valueOf((Class) target, text.toString());
			}
			catch (IllegalArgumentException ex) {
				throw new ValueException(value, "it is no constant of " + target.getSimpleName() + " "
						+ java.util.Arrays.toString(target.getEnumConstants()));
			}
		}
		throw mismatch(value, target);
	}

	private static Object parse(String text, ValueCodec codec) {
		try {
			Object parsed = codec.read(AttributeValue.fromS(text));
			if (parsed != null && codec.type().isInstance(parsed)) {
				return parsed;
			}
		}
		catch (RuntimeException ex) {
			// reported below
		}
		throw mismatch(text, codec.type());
	}

	private static ValueException mismatch(Object value, Class<?> target) {
		String expected = (Collection.class.isAssignableFrom(target) || target.isArray()) ? "a collection"
				: Map.class.isAssignableFrom(target) ? "a map" : "a " + target.getSimpleName();
		return new ValueException(value, "the value is a %s, not %s".formatted(value.getClass().getSimpleName(), expected));
	}
}

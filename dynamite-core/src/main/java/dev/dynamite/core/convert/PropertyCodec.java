package dev.dynamite.core.convert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.ClassUtils;

import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One persistent property with its resolved codec: writes and reads its attribute, coerces loose values (filter
 * operands, update changes) to the field's type, and reports every failure naming entity, field and value.
 */
final class PropertyCodec {

	private static final AttributeValue NUL = AttributeValue.fromNul(true);

	private static final int MAX_VALUE_LENGTH = 100;

	private final DynamitePersistentProperty property;

	private final String attributeName;

	private final String entityName;

	private final ValueCodec codec;

	private final boolean primitive;

	private final ConversionService conversionService;

	PropertyCodec(DynamitePersistentProperty property, ValueCodec codec, ConversionService conversionService) {
		this.property = property;
		this.attributeName = property.getAttributeName();
		this.entityName = property.getOwner().getType().getSimpleName();
		this.codec = codec;
		this.primitive = property.getType().isPrimitive();
		this.conversionService = conversionService;
	}

	DynamitePersistentProperty property() {
		return this.property;
	}

	String attributeName() {
		return this.attributeName;
	}

	boolean isPrimitive() {
		return this.primitive;
	}

	/** The attribute value of a field value, or {@code null} to omit the attribute (an empty set). */
	@Nullable AttributeValue write(Object value) {
		try {
			return this.codec.write(value);
		}
		catch (FieldConversionException ex) {
			throw ex;
		}
		catch (ValueException ex) {
			throw new FieldConversionException("Cannot store value '%s' for field '%s' of entity %s: %s"
				.formatted(render(ex.getValue()), this.property.getName(), this.entityName, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			throw new FieldConversionException("Cannot store value '%s' for field '%s' of entity %s as %s"
				.formatted(render(value), this.property.getName(), this.entityName, this.codec.type().getName()), ex);
		}
	}

	/** The field value of an attribute value; NUL reads as {@code null}. */
	@Nullable Object read(AttributeValue value) {
		if (ValueCodec.isNul(value)) {
			return null;
		}
		try {
			return this.codec.read(value);
		}
		catch (FieldConversionException ex) {
			throw ex;
		}
		catch (ValueException ex) {
			throw new FieldConversionException("Cannot read attribute '%s' into field '%s' of entity %s: value '%s': %s"
				.formatted(this.attributeName, this.property.getName(), this.entityName, render(ex.getValue()),
						ex.getMessage()));
		}
		catch (RuntimeException ex) {
			throw new FieldConversionException("Cannot read attribute '%s' into field '%s' of entity %s as %s: %s"
				.formatted(this.attributeName, this.property.getName(), this.entityName, this.codec.type().getName(),
						render(value)), ex);
		}
	}

	/**
	 * The attribute value of a loose value: coerced to the field's type first; a single value for a collection
	 * field is converted as one element. {@code null} and an empty set become NUL.
	 */
	AttributeValue toAttributeValue(@Nullable Object value) {
		if (value == null) {
			return NUL;
		}
		AttributeValue result;
		if (this.codec instanceof CollectionCodec collection && !(value instanceof Collection<?>)
				&& !value.getClass().isArray()) {
			ValueCodec element = collection.element();
			result = write(element, coerce(value, element));
		}
		else if (this.codec instanceof CollectionCodec collection && value instanceof Collection<?> values) {
			result = write(this.codec, coerceAll(values, collection));
		}
		else {
			result = write(this.codec, coerce(value, this.codec));
		}
		return (result != null) ? result : NUL;
	}

	private @Nullable AttributeValue write(ValueCodec codec, Object value) {
		if (codec == this.codec) {
			return write(value);
		}
		try {
			return codec.write(value);
		}
		catch (FieldConversionException ex) {
			throw ex;
		}
		catch (ValueException ex) {
			throw new FieldConversionException("Cannot store value '%s' for field '%s' of entity %s: %s"
				.formatted(render(ex.getValue()), this.property.getName(), this.entityName, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			throw cannotConvert(value, codec.type(), ex);
		}
	}

	private Collection<?> coerceAll(Collection<?> values, CollectionCodec collection) {
		Collection<@Nullable Object> result = collection.isDynamoSet() ? new LinkedHashSet<>(values.size())
				: new ArrayList<>(values.size());
		for (Object each : values) {
			result.add((each != null) ? coerce(each, collection.element()) : null);
		}
		return result;
	}

	private Object coerce(Object value, ValueCodec codec) {
		Class<?> target = codec.type();
		if (target.isInstance(value) || (value instanceof Collection<?> && codec instanceof CollectionCodec)) {
			return value;
		}
		RuntimeException failure = null;
		if (this.conversionService.canConvert(value.getClass(), target)) {
			try {
				Object converted = this.conversionService.convert(value, target);
				if (converted != null) {
					return converted;
				}
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		if (value instanceof CharSequence text && (codec instanceof ScalarCodec || codec instanceof EnumCodec)) {
			// java.time and other SDK-parsed types: read the string as the attribute would be stored
			try {
				Object parsed = codec.read(AttributeValue.fromS(text.toString()));
				if (parsed != null && target.isInstance(parsed)) {
					return parsed;
				}
			}
			catch (RuntimeException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		throw cannotConvert(value, target, failure);
	}

	private FieldConversionException cannotConvert(Object value, Class<?> target, @Nullable Throwable cause) {
		String message = "Cannot convert value '%s' for field '%s' of entity %s to %s".formatted(render(value),
				this.property.getName(), this.entityName, ClassUtils.resolvePrimitiveIfNecessary(target).getName());
		return (cause != null) ? new FieldConversionException(message, cause) : new FieldConversionException(message);
	}

	/** The value for an error message, shortened; byte arrays by size only. */
	static String render(@Nullable Object value) {
		if (value instanceof byte[] bytes) {
			return "byte[" + bytes.length + "]";
		}
		String text = String.valueOf(value);
		return (text.length() > MAX_VALUE_LENGTH) ? text.substring(0, MAX_VALUE_LENGTH) + "..." : text;
	}
}

package dev.dynamite.core.convert;

import org.jspecify.annotations.Nullable;
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

	private final ValueCoercion coercion;

	PropertyCodec(DynamitePersistentProperty property, ValueCodec codec, ValueCoercion coercion) {
		this.property = property;
		this.attributeName = property.getAttributeName();
		this.entityName = property.getOwner().getType().getSimpleName();
		this.codec = codec;
		this.primitive = property.getType().isPrimitive();
		this.coercion = coercion;
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
	 * The attribute value of a loose value for the whole field (an update change, an equality or comparison operand):
	 * brought to the field's type first, without loss ({@link ValueCoercion}). {@code null} and an empty set become
	 * NUL.
	 * @throws FieldConversionException naming entity, field, value and expected type when the value does not fit
	 */
	AttributeValue toAttributeValue(@Nullable Object value) {
		if (value == null) {
			return NUL;
		}
		AttributeValue result = write(this.codec, coerce(value, this.codec));
		return (result != null) ? result : NUL;
	}

	/**
	 * The attribute value of one element of a collection field (a {@code contains} operand); for other fields the
	 * same as {@link #toAttributeValue(Object)}.
	 */
	AttributeValue toElementAttributeValue(Object value) {
		if (this.codec instanceof CollectionCodec collection) {
			ValueCodec element = collection.element();
			AttributeValue result = write(element, coerce(value, element));
			return (result != null) ? result : NUL;
		}
		return toAttributeValue(value);
	}

	/** The value brought to the field's type, as {@link #toAttributeValue(Object)} does before writing. */
	Object toFieldValue(Object value) {
		Object coerced = coerce(value, this.codec);
		write(coerced);
		return coerced;
	}

	/** Whether the field is a list or set (whose elements {@code contains} tests). */
	boolean isCollection() {
		return this.codec instanceof CollectionCodec;
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

	private Object coerce(Object value, ValueCodec codec) {
		try {
			return this.coercion.coerce(value, codec);
		}
		catch (ValueException ex) {
			String target = (codec == this.codec) ? typeName() : codec.type().getName();
			String reason = ex.getValue() == value ? ex.getMessage()
					: "'%s' %s".formatted(render(ex.getValue()), ex.getMessage());
			throw new FieldConversionException("Cannot convert value '%s' for field '%s' of entity %s to %s (%s)"
				.formatted(render(value), this.property.getName(), this.entityName, target, reason));
		}
	}

	private String typeName() {
		return this.property.getTypeInformation().toTypeDescriptor().getResolvableType().toString();
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

package dev.dynamite.core.convert;

/**
 * A value a codec cannot store or read, with the offending (innermost) value and the reason; {@link PropertyCodec}
 * turns it into an {@link IllegalArgumentException} naming the entity and the field.
 */
final class ValueException extends RuntimeException {

	private final transient Object value;

	ValueException(Object value, String reason) {
		super(reason, null, false, false);
		this.value = value;
	}

	Object getValue() {
		return this.value;
	}
}

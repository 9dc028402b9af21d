package dev.dynamite.core.convert;

/**
 * A conversion failure that already names the entity, the field and the value; passed through unchanged by the
 * enclosing (nested-entity) properties.
 */
final class FieldConversionException extends IllegalArgumentException {

	FieldConversionException(String message, Throwable cause) {
		super(message, cause);
	}

	FieldConversionException(String message) {
		super(message);
	}
}

package dev.dynamite.core.convert;

import org.jspecify.annotations.Nullable;

/**
 * Checks entities before they are written: Jakarta Bean Validation constraints ({@code @NotBlank}, {@code @Size},
 * ...) through {@link #of(Object)}. A violation throws, and nothing is written.
 */
public interface EntityValidator {

	/**
	 * Checks the whole entity (create, save).
	 * @param entity the entity
	 */
	void validate(Object entity);

	/**
	 * Checks one field's new value (the changes of an update).
	 * @param type the entity class
	 * @param field the Java field name
	 * @param value the new value
	 */
	void validateValue(Class<?> type, String field, @Nullable Object value);

	/**
	 * The checks of a {@code jakarta.validation.Validator}: a violation is a
	 * {@code jakarta.validation.ConstraintViolationException}.
	 * @param validator a {@code jakarta.validation.Validator}
	 * @return the entity validator
	 */
	static EntityValidator of(Object validator) {
		return new JakartaEntityValidator((jakarta.validation.Validator) validator);
	}
}

package dev.dynamite.core.convert;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/** Jakarta Bean Validation's checks; loaded only when an application gives a {@link Validator}. */
final class JakartaEntityValidator implements EntityValidator {

	private final Validator validator;

	JakartaEntityValidator(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void validate(Object entity) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(entity);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException("%s: %s; nothing was written".formatted(entity.getClass().getSimpleName(),
					describe(violations)), violations);
		}
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void validateValue(Class<?> type, String field, @Nullable Object value) {
		Set<ConstraintViolation<?>> violations = (Set) this.validator.validateValue((Class) type, field, value);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException("%s: %s; nothing was written".formatted(type.getSimpleName(),
					describe(violations)), violations);
		}
	}

	private static String describe(Set<? extends ConstraintViolation<?>> violations) {
		return String.join(", ", violations.stream()
			.map((violation) -> "'" + violation.getPropertyPath() + "' " + violation.getMessage())
			.sorted()
			.toList());
	}

	@Override
	public String toString() {
		return "EntityValidator[" + this.validator.getClass().getName() + "]";
	}
}

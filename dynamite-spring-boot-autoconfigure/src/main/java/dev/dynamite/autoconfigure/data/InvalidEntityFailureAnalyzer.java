package dev.dynamite.autoconfigure.data;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.dynamite.mapping.InvalidEntityException;

/** Explains a start-up that failed because an entity class cannot be mapped (no key, an unstorable field type...). */
class InvalidEntityFailureAnalyzer extends AbstractFailureAnalyzer<InvalidEntityException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, InvalidEntityException cause) {
		return new FailureAnalysis("Dynamite cannot map entity " + cause.getEntityType().getName() + ": "
				+ cause.getMessage(),
				"Fix the entity class " + cause.getEntityType().getSimpleName() + " as the description says: every "
						+ "@DynamiteTable needs one @PrimaryKey field, keys must be strings, numbers or binary, and "
						+ "a field of another type needs an AttributeConverter bean or @Transient.",
				cause);
	}
}

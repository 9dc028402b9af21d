package dev.dynamite.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One comparison of a {@link Filter}: a field (Java field name or attribute name), an operator and its values.
 *
 * @param field the field name
 * @param operator the operator
 * @param values the operands (empty for EXISTS / NOT_EXISTS)
 */
public record Condition(String field, Operator operator, List<@Nullable Object> values) {

	/**
	 * Checks the components and keeps an unmodifiable copy of the operands.
	 * @param field the field name
	 * @param operator the operator
	 * @param values the values
	 * @throws IllegalArgumentException if the field name is empty
	 */
	public Condition {
		Assert.hasText(field, "Field name must not be empty");
		Assert.notNull(operator, "Operator must not be null");
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}

	/**
	 * The single operand of a one-value operator.
	 * @return the single operand of a one-value operator
	 */
	public @Nullable Object value() {
		return this.values.isEmpty() ? null : this.values.get(0);
	}

	@Override
	public String toString() {
		return this.field + " " + this.operator + " " + this.values;
	}
}

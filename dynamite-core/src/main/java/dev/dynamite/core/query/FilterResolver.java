package dev.dynamite.core.query;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Condition;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Operator;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks a {@link Filter} against an entity and converts its operands, before any request is sent. Unknown fields,
 * empty IN lists, missing operands and unconvertible values fail with an {@link IllegalArgumentException} naming the
 * entity, the field and the value.
 */
public final class FilterResolver {

	private final DynamiteConverter converter;

	/**
	 * @param converter converts operands to attribute values
	 */
	public FilterResolver(DynamiteConverter converter) {
		this.converter = converter;
	}

	/** Resolves the filter against the entity. */
	public ResolvedFilter resolve(DynamitePersistentEntity<?> entity, Filter filter) {
		return switch (filter.kind()) {
			case ALL -> ResolvedFilter.ALL;
			case CONDITION -> ResolvedFilter.of(resolve(entity, requireCondition(filter)));
			case AND, OR -> {
				List<ResolvedFilter> children = new ArrayList<>(filter.children().size());
				for (Filter child : filter.children()) {
					children.add(resolve(entity, child));
				}
				yield new ResolvedFilter(filter.kind(), null, children);
			}
		};
	}

	private static Condition requireCondition(Filter filter) {
		Condition condition = filter.condition();
		if (condition == null) {
			throw new IllegalStateException("Condition node without condition: " + filter);
		}
		return condition;
	}

	/** Resolves one condition against the entity. */
	public ResolvedCondition resolve(DynamitePersistentEntity<?> entity, Condition condition) {
		DynamitePersistentProperty property = entity.getRequiredField(condition.field());
		Operator operator = condition.operator();
		List<@Nullable Object> operands = condition.values();
		String where = "field '%s' of entity %s".formatted(property.getName(), entity.getType().getSimpleName());
		if (operator.arity() == -1 && operands.isEmpty()) {
			throw new IllegalArgumentException("Empty %s list for %s: pass at least one value".formatted(operator, where));
		}
		if (operator.arity() >= 0 && operands.size() != operator.arity()) {
			throw new IllegalArgumentException("Operator %s on %s takes %d value(s), got %d: %s"
				.formatted(operator, where, operator.arity(), operands.size(), operands));
		}
		List<AttributeValue> values = new ArrayList<>(operands.size());
		for (Object operand : operands) {
			if (operand == null) {
				throw new IllegalArgumentException("Operator %s on %s needs a value, got null (use Filter.where(\"%s\", null) "
						.formatted(operator, where, property.getName()) + "or notExists() to match a missing attribute)");
			}
			if (property.isKey() && operand instanceof String text && text.isEmpty()
					&& operator != Operator.BEGINS_WITH && operator != Operator.CONTAINS) {
				throw new IllegalArgumentException("Empty string for key %s: DynamoDB keys must not be empty".formatted(where));
			}
			AttributeValue value = this.converter.toAttributeValue(property, operand);
			if (operator == Operator.BEGINS_WITH && value.s() == null && value.b() == null) {
				throw new IllegalArgumentException("Operator %s on %s needs a string or binary attribute, but '%s' is stored as %s"
					.formatted(operator, where, operand, value.type()));
			}
			values.add(value);
		}
		return new ResolvedCondition(property, operator, values);
	}
}

package dev.dynamite.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Condition;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Operator;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.KeyValueLimits;
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

	/**
	 * Resolves the filter against the entity.
	 * @param entity the entity
	 * @param filter which items
	 * @return the resolved filter
	 */
	public ResolvedFilter resolve(DynamitePersistentEntity<?> entity, Filter filter) {
		return switch (filter.kind()) {
			case ALL -> ResolvedFilter.ALL;
			case CONDITION -> resolveCondition(entity, requireCondition(filter));
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

	/**
	 * A condition as a filter: {@code contains} of several values on a list or set field becomes the AND of one
	 * {@code contains} per value (the attribute holds every one of them).
	 */
	private ResolvedFilter resolveCondition(DynamitePersistentEntity<?> entity, Condition condition) {
		if (condition.operator() == Operator.CONTAINS && condition.value() instanceof Collection<?> values) {
			DynamitePersistentProperty property = entity.getRequiredField(condition.field());
			if (this.converter.isCollection(property)) {
				if (values.isEmpty()) {
					throw new IllegalArgumentException("Empty collection for CONTAINS on field '%s' of entity %s: pass at least one value"
						.formatted(property.getName(), entity.getType().getSimpleName()));
				}
				List<ResolvedFilter> each = new ArrayList<>(values.size());
				for (Object value : new LinkedHashSet<>(values)) {
					each.add(ResolvedFilter.of(resolve(entity, new Condition(condition.field(), Operator.CONTAINS,
							java.util.Collections.singletonList(value)))));
				}
				return ResolvedFilter.and(each);
			}
		}
		return ResolvedFilter.of(resolve(entity, condition));
	}

	/**
	 * Resolves one condition against the entity.
	 * @param entity the entity
	 * @param condition the condition
	 * @return the resolved condition
	 */
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
		boolean element = (operator == Operator.CONTAINS || operator == Operator.NOT_CONTAINS)
				&& this.converter.isCollection(property);
		List<AttributeValue> values = new ArrayList<>(operands.size());
		for (Object operand : operands) {
			if (operand == null) {
				throw new IllegalArgumentException("Operator %s on %s needs a value, got null (%s)".formatted(operator, where,
						operator == Operator.NE ? "use Filter.where(\"%s\").exists() to match items that have the attribute"
							.formatted(property.getName())
								: "use Filter.where(\"%s\", null) or notExists() to match a missing attribute"
									.formatted(property.getName())));
			}
			if (element && operand instanceof Collection<?>) {
				throw new IllegalArgumentException(("Operator %s on %s takes one element, got the collection %s: use "
						+ "notContains once per element").formatted(operator, where, operand));
			}
			if (property.isKey() && operand instanceof String text && text.isEmpty()
					&& operator != Operator.BEGINS_WITH && operator != Operator.CONTAINS) {
				throw new IllegalArgumentException("Empty string for key %s: DynamoDB keys must not be empty".formatted(where));
			}
			AttributeValue value = element ? this.converter.toElementAttributeValue(property, operand)
					: this.converter.toAttributeValue(property, operand);
			if (operator == Operator.BEGINS_WITH && value.s() == null && value.b() == null) {
				throw new IllegalArgumentException("Operator %s on %s needs a string or binary attribute, but '%s' is stored as %s"
					.formatted(operator, where, operand, value.type()));
			}
			if (!element) {
				KeyValueLimits.check(property, value);
			}
			values.add(value);
		}
		if (operator == Operator.BETWEEN && ItemOrder.compare(values.get(0), values.get(1)) > 0) {
			throw new IllegalArgumentException(("BETWEEN on %s has its bounds reversed: %s is greater than %s; pass the "
					+ "lower bound first").formatted(where, operands.get(0), operands.get(1)));
		}
		return new ResolvedCondition(property, operator, values);
	}
}

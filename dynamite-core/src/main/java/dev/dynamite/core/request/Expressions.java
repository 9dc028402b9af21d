package dev.dynamite.core.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dynamite.core.Operator;
import dev.dynamite.core.plan.ResolvedCondition;
import dev.dynamite.core.plan.ResolvedFilter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds DynamoDB expressions where every attribute name is a {@code #nN} placeholder and every value a
 * {@code :vN} placeholder, so reserved words work and nothing from user input reaches the expression text.
 * One instance serves all expressions of one request (key condition, filter, projection, update, condition).
 */
public final class Expressions {

	/** DynamoDB accepts at most 100 operands in one IN. */
	static final int MAX_IN_OPERANDS = 100;

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, AttributeValue> values = new HashMap<>();

	/**
	 * The placeholder of an attribute name (the same name gets the same placeholder).
	 * @param attribute the attribute
	 * @return the placeholder of an attribute name (the same name gets the same placeholder)
	 */
	public String name(String attribute) {
		return this.names.computeIfAbsent(attribute, a -> "#n" + this.names.size());
	}

	/**
	 * A new placeholder for a value.
	 * @param value the value
	 * @return a new placeholder for a value
	 */
	public String value(AttributeValue value) {
		String placeholder = ":v" + this.values.size();
		this.values.put(placeholder, value);
		return placeholder;
	}

	/**
	 * The name placeholders, for {@code ExpressionAttributeNames}; {@code null} when empty (the SDK rejects empty maps).
	 * @return the name placeholders, for {@code ExpressionAttributeNames}
	 */
	public Map<String, String> names() {
		Map<String, String> result = new HashMap<>(this.names.size());
		this.names.forEach((attribute, placeholder) -> result.put(placeholder, attribute));
		return result.isEmpty() ? null : result;
	}

	/**
	 * The value placeholders, for {@code ExpressionAttributeValues}; {@code null} when empty.
	 * @return the value placeholders, for {@code ExpressionAttributeValues}
	 */
	public Map<String, AttributeValue> values() {
		return this.values.isEmpty() ? null : new HashMap<>(this.values);
	}

	/**
	 * A filter or condition expression of a resolved filter tree.
	 * @param filter which items
	 * @return a filter or condition expression of a resolved filter tree
	 */
	public String condition(ResolvedFilter filter) {
		return switch (filter.kind()) {
			case ALL -> throw new IllegalArgumentException("ALL has no expression");
			case CONDITION -> condition(filter.condition());
			case AND, OR -> {
				StringBuilder out = new StringBuilder("(");
				List<ResolvedFilter> children = filter.children();
				for (int i = 0; i < children.size(); i++) {
					if (i > 0) {
						out.append(' ').append(filter.kind().name()).append(' ');
					}
					out.append(condition(children.get(i)));
				}
				yield out.append(')').toString();
			}
		};
	}

	/**
	 * The expression of one condition.
	 * @param condition the condition
	 * @return the expression of one condition
	 */
	public String condition(ResolvedCondition condition) {
		String n = name(condition.attribute());
		Operator operator = condition.operator();
		return switch (operator) {
			case EQ -> n + " = " + value(condition.value());
			case NE -> n + " <> " + value(condition.value());
			case LT -> n + " < " + value(condition.value());
			case LE -> n + " <= " + value(condition.value());
			case GT -> n + " > " + value(condition.value());
			case GE -> n + " >= " + value(condition.value());
			case BETWEEN -> n + " BETWEEN " + value(condition.values().get(0)) + " AND " + value(condition.values().get(1));
			case IN -> in(n, condition.values());
			case NOT_IN -> "NOT " + in(n, condition.values());
			case BEGINS_WITH -> "begins_with(" + n + ", " + value(condition.value()) + ")";
			case CONTAINS -> "contains(" + n + ", " + value(condition.value()) + ")";
			case NOT_CONTAINS -> "NOT contains(" + n + ", " + value(condition.value()) + ")";
			case EXISTS -> "attribute_exists(" + n + ")";
			case NOT_EXISTS -> "attribute_not_exists(" + n + ")";
		};
	}

	/** {@code n IN (...)}, split into ORed groups of 100 operands: DynamoDB's limit for one IN. */
	private String in(String name, List<AttributeValue> operands) {
		if (operands.size() <= MAX_IN_OPERANDS) {
			return "(" + name + " IN (" + valueList(operands) + "))";
		}
		StringBuilder out = new StringBuilder("(");
		for (int from = 0; from < operands.size(); from += MAX_IN_OPERANDS) {
			if (from > 0) {
				out.append(" OR ");
			}
			out.append(name).append(" IN (")
				.append(valueList(operands.subList(from, Math.min(operands.size(), from + MAX_IN_OPERANDS)))).append(')');
		}
		return out.append(')').toString();
	}

	private String valueList(List<AttributeValue> operands) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < operands.size(); i++) {
			if (i > 0) {
				out.append(", ");
			}
			out.append(value(operands.get(i)));
		}
		return out.toString();
	}

	/**
	 * A projection expression of the given attributes.
	 * @param attributes the fields to read
	 * @return a projection expression of the given attributes
	 */
	public String projection(Iterable<String> attributes) {
		StringBuilder out = new StringBuilder();
		for (String attribute : attributes) {
			if (out.length() > 0) {
				out.append(", ");
			}
			out.append(name(attribute));
		}
		return out.toString();
	}
}

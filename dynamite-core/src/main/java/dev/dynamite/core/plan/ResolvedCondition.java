package dev.dynamite.core.plan;

import java.util.List;

import dev.dynamite.core.Operator;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A {@link dev.dynamite.core.Condition} checked against the entity: the property it names and its operands
 * already converted to attribute values.
 *
 * @param property the entity property
 * @param operator the operator
 * @param values the converted operands
 */
public record ResolvedCondition(DynamitePersistentProperty property, Operator operator, List<AttributeValue> values) {

	/**
	 * The attribute name.
	 * @return the attribute name
	 */
	public String attribute() {
		return this.property.getAttributeName();
	}

	/**
	 * The single operand.
	 * @return the single operand
	 */
	public AttributeValue value() {
		return this.values.get(0);
	}
}

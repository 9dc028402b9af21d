package dev.dynamite.core.trust;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores a Boolean as the number 1 or 0. */
public final class BooleanAsNumber implements AttributeConverter<Boolean> {

	@Override
	public AttributeValue transformFrom(Boolean input) {
		return AttributeValue.fromN(input ? "1" : "0");
	}

	@Override
	public Boolean transformTo(AttributeValue input) {
		return "1".equals(input.n());
	}

	@Override
	public EnhancedType<Boolean> type() {
		return EnhancedType.of(Boolean.class);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.N;
	}
}

package dev.dynamite.autoconfigure.aot;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A field converter: strings stored upper-case. */
public class UpperCase implements AttributeConverter<String> {

	@Override
	public AttributeValue transformFrom(String input) {
		return AttributeValue.fromS(input.toUpperCase());
	}

	@Override
	public String transformTo(AttributeValue input) {
		return input.s();
	}

	@Override
	public EnhancedType<String> type() {
		return EnhancedType.of(String.class);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.S;
	}
}

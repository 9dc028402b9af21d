package dev.dynamite.core.convert;

import java.time.Instant;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An {@code Instant} as epoch seconds, a number: the form DynamoDB's Time to Live reads ({@code @Ttl} fields). */
final class EpochSecondsConverter implements AttributeConverter<Instant> {

	static final EpochSecondsConverter INSTANCE = new EpochSecondsConverter();

	@Override
	public AttributeValue transformFrom(Instant input) {
		return AttributeValue.fromN(Long.toString(input.getEpochSecond()));
	}

	@Override
	public Instant transformTo(AttributeValue input) {
		return Instant.ofEpochSecond(Long.parseLong(input.n()));
	}

	@Override
	public EnhancedType<Instant> type() {
		return EnhancedType.of(Instant.class);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.N;
	}
}

package dev.dynamite.core.convert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Date} as an ISO-8601 UTC string with milliseconds ({@code 2026-12-07T19:14:25.000Z}): the fixed width keeps
 * the string order the time order, in sort keys and in comparisons. Reads any ISO-8601 instant.
 */
final class DateAttributeConverter implements AttributeConverter<Date> {

	static final DateAttributeConverter INSTANCE = new DateAttributeConverter();

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Override
	public AttributeValue transformFrom(Date input) {
		return AttributeValue.fromS(FORMAT.format(input.toInstant()));
	}

	@Override
	public Date transformTo(AttributeValue input) {
		return Date.from(Instant.parse(input.s()));
	}

	@Override
	public EnhancedType<Date> type() {
		return EnhancedType.of(Date.class);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.S;
	}
}

package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which items a read leaves out because their Time to Live ({@code @Ttl}) has passed but DynamoDB has not deleted
 * them yet: those whose attribute is a number of epoch seconds at or before {@code now}. An item without the
 * attribute, or with a value that is no number (DynamoDB's TTL ignores those too), never expires.
 *
 * @param attribute the TTL attribute name
 * @param now the read's start, in epoch seconds
 */
public record Expiry(String attribute, long now) {

	/**
	 * Whether the item's time has passed.
	 * @param item the item
	 * @return whether the item's time has passed
	 */
	public boolean expired(Map<String, AttributeValue> item) {
		AttributeValue value = item.get(this.attribute);
		if (value == null || value.n() == null) {
			return false;
		}
		try {
			return new BigDecimal(value.n()).compareTo(BigDecimal.valueOf(this.now)) <= 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}
}

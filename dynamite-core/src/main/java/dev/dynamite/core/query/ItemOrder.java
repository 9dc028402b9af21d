package dev.dynamite.core.query;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders raw items by attributes, comparing values as DynamoDB does: strings by code point, numbers numerically,
 * binaries byte by byte; a missing attribute sorts first.
 */
final class ItemOrder {

	private ItemOrder() {
	}

	/** Ascending by one attribute. */
	static Comparator<Map<String, AttributeValue>> by(String attribute) {
		return (a, b) -> compare(a.get(attribute), b.get(attribute));
	}

	static int compare(@Nullable AttributeValue a, @Nullable AttributeValue b) {
		if (a == null || Boolean.TRUE.equals(a.nul())) {
			return (b == null || Boolean.TRUE.equals(b.nul())) ? 0 : -1;
		}
		if (b == null || Boolean.TRUE.equals(b.nul())) {
			return 1;
		}
		if (a.s() != null && b.s() != null) {
			return a.s().compareTo(b.s());
		}
		if (a.n() != null && b.n() != null) {
			return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
		}
		if (a.b() != null && b.b() != null) {
			byte[] x = a.b().asByteArrayUnsafe();
			byte[] y = b.b().asByteArrayUnsafe();
			return java.util.Arrays.compareUnsigned(x, y);
		}
		if (a.bool() != null && b.bool() != null) {
			return Boolean.compare(a.bool(), b.bool());
		}
		return String.valueOf(a).compareTo(String.valueOf(b));
	}
}

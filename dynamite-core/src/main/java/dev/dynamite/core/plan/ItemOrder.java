package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders raw items by attributes, comparing values as DynamoDB does: strings by their UTF-8 bytes (the same as by
 * Unicode code point, unlike {@link String#compareTo}, which compares UTF-16 units and puts {@code 😀} before
 * {@code ～}), numbers by value, binaries as unsigned bytes; a missing attribute sorts first.
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
			return compareUtf8(a.s(), b.s());
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

	/** Compares two strings in the order of their UTF-8 encodings, without encoding them. */
	static int compareUtf8(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				// a surrogate (U+D800-DFFF) encodes a code point above U+FFFF: it sorts after every other unit
				boolean xs = Character.isSurrogate(x);
				boolean ys = Character.isSurrogate(y);
				if (xs != ys) {
					return xs ? 1 : -1;
				}
				return Character.compare(x, y);
			}
		}
		return Integer.compare(a.length(), b.length());
	}
}

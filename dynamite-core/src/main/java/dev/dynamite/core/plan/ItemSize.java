package dev.dynamite.core.plan;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Estimates an item's size the way DynamoDB counts it (attribute names plus values), so an item over the 400 KB limit
 * is rejected before any request with a message naming the entity and key.
 */
public final class ItemSize {

	/** DynamoDB's item size limit. */
	public static final int MAX_BYTES = 400 * 1024;

	private ItemSize() {
	}

	/**
	 * An item's size as DynamoDB counts it against its 400 KB limit: the UTF-8 length of every attribute name plus
	 * its value's size.
	 * @param item the item
	 * @return its size in bytes (an estimate for numbers, as DynamoDB's own)
	 */
	public static long of(Map<String, AttributeValue> item) {
		long size = 0;
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			size += utf8(entry.getKey()) + of(entry.getValue());
		}
		return size;
	}

	private static long of(AttributeValue value) {
		if (value.s() != null) {
			return utf8(value.s());
		}
		if (value.n() != null) {
			return value.n().length() / 2 + 1;
		}
		if (value.b() != null) {
			return value.b().asByteArrayUnsafe().length;
		}
		if (value.hasSs()) {
			return value.ss().stream().mapToLong(ItemSize::utf8).sum();
		}
		if (value.hasNs()) {
			return value.ns().stream().mapToLong(n -> n.length() / 2 + 1).sum();
		}
		if (value.hasBs()) {
			return value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
		}
		if (value.hasL()) {
			return 3 + value.l().stream().mapToLong(v -> 1 + of(v)).sum();
		}
		if (value.hasM()) {
			return 3 + value.m().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
		}
		return 1;
	}

	/** DynamoDB's limit on how deeply lists and maps nest. */
	public static final int MAX_DEPTH = 32;

	/**
	 * The top-level attribute whose value nests lists and maps deeper than {@link #MAX_DEPTH} levels, or {@code null}.
	 * @param item the item
	 * @return the top-level attribute whose value nests lists and maps deeper than {@link #MAX_DEPTH} levels, or {@code
	 * null}
	 */
	public static @Nullable String tooDeep(Map<String, AttributeValue> item) {
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			if (depth(entry.getValue()) > MAX_DEPTH) {
				return entry.getKey();
			}
		}
		return null;
	}

	private static int depth(AttributeValue value) {
		if (value.hasL()) {
			return 1 + value.l().stream().mapToInt(ItemSize::depth).max().orElse(0);
		}
		if (value.hasM()) {
			return 1 + value.m().values().stream().mapToInt(ItemSize::depth).max().orElse(0);
		}
		return 0;
	}

	private static long utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}
}

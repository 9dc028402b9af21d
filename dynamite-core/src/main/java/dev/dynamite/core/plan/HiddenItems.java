package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which stored items a read leaves out although they match: those whose Time to Live ({@code @Ttl}) has passed but
 * that DynamoDB has not deleted yet (their attribute is a number of epoch seconds at or before {@code now}; an item
 * without it, or with a value that is no number, never expires, as for DynamoDB), and the soft-deleted ones (their
 * {@code @DeleteAt} attribute is set), unless the read includes them; in a table shared by several entity types
 * (single-table design), the items of other types.
 *
 * @param ttlAttribute the TTL attribute name, or {@code null}
 * @param now the read's start, in epoch seconds
 * @param trashAttribute the {@code @DeleteAt} attribute name, or {@code null} when soft-deleted items are read
 * @param typeAttribute the discriminator attribute of a shared table, or {@code null}
 * @param type the type an item must have in that attribute, or {@code null}
 */
public record HiddenItems(@Nullable String ttlAttribute, long now, @Nullable String trashAttribute,
		@Nullable String typeAttribute, @Nullable String type) {

	/**
	 * Whether the read leaves this item out.
	 * @param item the item
	 * @return whether the read leaves this item out
	 */
	public boolean hidden(Map<String, AttributeValue> item) {
		return expired(item) || trashed(item) || otherType(item);
	}

	private boolean otherType(Map<String, AttributeValue> item) {
		if (this.typeAttribute == null) {
			return false;
		}
		AttributeValue value = item.get(this.typeAttribute);
		return value == null || !java.util.Objects.equals(value.s(), this.type);
	}

	private boolean trashed(Map<String, AttributeValue> item) {
		if (this.trashAttribute == null) {
			return false;
		}
		AttributeValue value = item.get(this.trashAttribute);
		return value != null && !Boolean.TRUE.equals(value.nul());
	}

	private boolean expired(Map<String, AttributeValue> item) {
		AttributeValue value = (this.ttlAttribute != null) ? item.get(this.ttlAttribute) : null;
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

package dev.dynamite.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.Assert;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One partition of a shared table (single-table design), read in one Query paged to its end, each item mapped to
 * its entity class by the type in its discriminator attribute: a customer and all of its orders, say. Items in the
 * partition's sort-key order; items of a type no scanned entity maps are kept apart ({@link #unmapped()}), never
 * dropped silently. Immutable.
 */
public final class ItemCollection {

	private final List<Object> items;

	private final List<Map<String, AttributeValue>> unmapped;

	/**
	 * A collection of mapped items and the items no entity maps.
	 * @param items the mapped items, in sort-key order
	 * @param unmapped the items whose type no scanned entity has
	 */
	public ItemCollection(List<Object> items, List<Map<String, AttributeValue>> unmapped) {
		this.items = List.copyOf(items);
		this.unmapped = List.copyOf(unmapped);
	}

	/**
	 * The items of one entity class, in sort-key order.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the items of that class
	 */
	public <T> List<T> list(Class<T> type) {
		Assert.notNull(type, "Type must not be null");
		List<T> found = new ArrayList<>();
		for (Object item : this.items) {
			if (item.getClass() == type) {
				found.add(type.cast(item));
			}
		}
		return Collections.unmodifiableList(found);
	}

	/**
	 * The first item of one entity class in sort-key order, if any.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the first item of that class
	 */
	public <T> Optional<T> first(Class<T> type) {
		Assert.notNull(type, "Type must not be null");
		for (Object item : this.items) {
			if (item.getClass() == type) {
				return Optional.of(type.cast(item));
			}
		}
		return Optional.empty();
	}

	/**
	 * Every mapped item, in sort-key order.
	 * @return every mapped item
	 */
	public List<Object> all() {
		return this.items;
	}

	/**
	 * The partition's items whose type (or missing type) no scanned entity class maps, as stored.
	 * @return the unmapped items
	 */
	public List<Map<String, AttributeValue>> unmapped() {
		return this.unmapped;
	}

	@Override
	public String toString() {
		return "ItemCollection[" + this.items.size() + " items, " + this.unmapped.size() + " unmapped]";
	}
}

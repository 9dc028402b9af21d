package dev.dynamite.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A secondary index declared with {@link GlobalIndex @GlobalIndex} or {@link LocalIndex @LocalIndex}.
 *
 * @param name the index name
 * @param local whether it is a local secondary index (its partition key is the table's)
 * @param partitionKey the index's partition key property
 * @param sortKey the index's sort key property, or {@code null}
 * @param projection which attributes the index holds
 * @param include the attribute names an {@link IndexProjection#INCLUDE} index holds besides the keys
 * @param tableKeys the attribute names of the table's primary key, which every index holds
 */
public record IndexDefinition(String name, boolean local, DynamitePersistentProperty partitionKey,
		@Nullable DynamitePersistentProperty sortKey, IndexProjection projection, List<String> include,
		List<String> tableKeys) {

	/**
	 * Whether the index holds this attribute: every attribute with {@link IndexProjection#ALL}, else the keys and the
	 * included attributes.
	 * @param attribute the attribute name
	 * @return whether the index holds this attribute
	 */
	public boolean holds(String attribute) {
		return this.projection == IndexProjection.ALL || this.tableKeys.contains(attribute)
				|| this.partitionKey.getAttributeName().equals(attribute)
				|| (this.sortKey != null && this.sortKey.getAttributeName().equals(attribute))
				|| this.include.contains(attribute);
	}

	/**
	 * Whether a read through this index returns whole items by itself: a projection of ALL. Reads through other indexes,
	 * local ones included, fetch what they lack from the table with {@code BatchGetItem}.
	 * @return whether a read through this index returns whole items by itself
	 */
	public boolean returnsWholeItems() {
		return this.projection == IndexProjection.ALL;
	}

	/**
	 * {@code "global index 'x'"} or {@code "local index 'x'"}, for messages.
	 * @return a short description for messages
	 */
	public String describe() {
		return (this.local ? "local index '" : "global index '") + this.name + "'";
	}
}

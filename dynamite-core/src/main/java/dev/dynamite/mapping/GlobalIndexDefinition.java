package dev.dynamite.mapping;

import org.jspecify.annotations.Nullable;

/**
 * A global secondary index declared with {@link GlobalIndex @GlobalIndex}.
 *
 * @param name the index name
 * @param partitionKey the index's partition key property
 * @param sortKey the index's sort key property, or {@code null}
 */
public record GlobalIndexDefinition(String name, DynamitePersistentProperty partitionKey,
		@Nullable DynamitePersistentProperty sortKey) {
}

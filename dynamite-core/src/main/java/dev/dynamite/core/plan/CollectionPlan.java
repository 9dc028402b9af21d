package dev.dynamite.core.plan;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamitePersistentEntity;

/**
 * The read of an item collection (single-table design): one Query of a shared table's partition, and how each item
 * becomes an entity: by the type in its discriminator attribute, left out when that type's read would hide it
 * ({@code @Ttl} passed, soft-deleted). Immutable.
 *
 * @param read the Query of the partition, paged to its end
 * @param typeAttribute the discriminator attribute
 * @param members the entity types sharing the table, by type name
 */
public record CollectionPlan(ReadPlan read, String typeAttribute, Map<String, Member> members) {

	/**
	 * One entity type of the collection.
	 * @param entity the entity
	 * @param hidden which of its items a read leaves out, or {@code null}
	 */
	public record Member(DynamitePersistentEntity<?> entity, @Nullable HiddenItems hidden) {
	}
}

package dev.dynamite.core.plan;

import dev.dynamite.mapping.DynamitePersistentEntity;

/**
 * Where single-table design stands: its mapping ({@code @KeyTemplate}, {@code @IndexTemplate}, the key encoding) is
 * read and checked, but reads, writes and {@code sync()} of such entities are not planned yet (issue 13, part 2), so
 * they are refused with this message before any request, never half done.
 */
public final class SingleTableSupport {

	private SingleTableSupport() {
	}

	/**
	 * Refuses an entity mapped with single-table design.
	 * @param entity the entity
	 * @throws UnsupportedOperationException naming the entity, when it has a {@code @KeyTemplate}
	 */
	public static void requireOwnTable(DynamitePersistentEntity<?> entity) {
		if (entity.getSingleTable() != null) {
			throw new UnsupportedOperationException(("Entity %s is mapped for single-table design (@KeyTemplate, table "
					+ "'%s', type '%s'): its mapping is checked, but reading, writing and syncing such entities is not "
					+ "available yet; map it to a table of its own for now").formatted(entity.getType().getSimpleName(),
							entity.getTableName(), entity.getSingleTable().type()));
		}
	}
}

package dev.dynamite.core.schema;

/**
 * One outcome of {@code sync()} for a table.
 *
 * @param table the table name
 * @param action what was done
 * @param detail a human-readable detail (e.g. the index name)
 */
public record SchemaChange(String table, Action action, String detail) {

	/** What sync did. */
	public enum Action {
		/** The table was created. */
		CREATED_TABLE,
		/** A global secondary index was added to an existing table. */
		ADDED_INDEX,
		/** Time to Live was turned on for the entity's {@code @Ttl} attribute. */
		ENABLED_TTL,
		/** The table existed and matched. */
		UNCHANGED
	}
}

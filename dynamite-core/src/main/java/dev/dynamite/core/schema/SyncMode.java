package dev.dynamite.core.schema;

/**
 * What {@code sync()} does with the tables of the registered entities.
 */
public enum SyncMode {

	/** Create missing tables and missing global secondary indexes; never drop anything. */
	CREATE,

	/** Only check that the tables and indexes exist with the expected key schema. */
	VALIDATE,

	/** Do nothing. */
	NONE
}

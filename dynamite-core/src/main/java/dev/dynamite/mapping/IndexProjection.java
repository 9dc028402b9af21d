package dev.dynamite.mapping;

/**
 * Which attributes a secondary index holds besides the keys (the table's and its own), as DynamoDB's
 * {@code ProjectionType}.
 */
public enum IndexProjection {

	/** Every attribute of the item: a read through the index needs nothing else. */
	ALL,

	/**
	 * The table's and the index's keys only. A read through an index of this kind that returns whole entities fetches
	 * them from the table with {@code BatchGetItem}.
	 */
	KEYS_ONLY,

	/** The keys and the attributes named in {@code include}. */
	INCLUDE
}

package dev.dynamite.core;

/**
 * The comparison operators of a {@link Filter} condition, each a DynamoDB condition-expression construct.
 */
public enum Operator {

	/** {@code a = :v}; a {@code null} value means {@code attribute_not_exists(a)}. */
	EQ(1),
	/** {@code a <> :v}. */
	NE(1),
	/** {@code a < :v}. */
	LT(1),
	/** {@code a <= :v}. */
	LE(1),
	/** {@code a > :v}. */
	GT(1),
	/** {@code a >= :v}. */
	GE(1),
	/** {@code a BETWEEN :lo AND :hi} (inclusive). */
	BETWEEN(2),
	/** {@code a IN (:v0, :v1, ...)}; on the partition key alone, a BatchGetItem. */
	IN(-1),
	/** {@code NOT (a IN (...))}. */
	NOT_IN(-1),
	/** {@code begins_with(a, :v)}. */
	BEGINS_WITH(1),
	/** {@code contains(a, :v)}: substring of a string, or element of a set or list. */
	CONTAINS(1),
	/** {@code NOT contains(a, :v)}. */
	NOT_CONTAINS(1),
	/** {@code attribute_exists(a)}. */
	EXISTS(0),
	/** {@code attribute_not_exists(a)}. */
	NOT_EXISTS(0);

	private final int arity;

	Operator(int arity) {
		this.arity = arity;
	}

	/**
	 * How many values the operator takes; -1 means one or more.
	 * @return how many values the operator takes
	 */
	public int arity() {
		return this.arity;
	}
}

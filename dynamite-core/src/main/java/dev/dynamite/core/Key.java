package dev.dynamite.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A primary key value: the partition key value and, for tables with a sort key, the sort key value. This is the
 * repository {@code ID} type of entities with a composite key.
 *
 * @param partition the partition key value
 * @param sort the sort key value, or {@code null} for a table without sort key
 */
public record Key(Object partition, @Nullable Object sort) {

	/**
	 * Checks that the partition key value is given.
	 * @param partition the partition
	 * @param sort the order
	 * @throws IllegalArgumentException if it is {@code null}
	 */
	public Key {
		Assert.notNull(partition, "Partition key value must not be null");
	}

	/**
	 * A key of a table without sort key.
	 * @param partition the partition
	 * @return a key of a table without sort key
	 */
	public static Key of(Object partition) {
		return new Key(partition, null);
	}

	/**
	 * A key of a table with a sort key.
	 * @param partition the partition
	 * @param sort the order
	 * @return a key of a table with a sort key
	 */
	public static Key of(Object partition, Object sort) {
		Assert.notNull(sort, "Sort key value must not be null");
		return new Key(partition, sort);
	}

	/**
	 * Whether a sort key value is present.
	 * @return whether a sort key value is present
	 */
	public boolean hasSort() {
		return this.sort != null;
	}

	@Override
	public String toString() {
		return this.sort == null ? "Key[" + this.partition + "]" : "Key[" + this.partition + ", " + this.sort + "]";
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Key key && this.partition.equals(key.partition) && Objects.equals(this.sort, key.sort);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.partition, this.sort);
	}
}

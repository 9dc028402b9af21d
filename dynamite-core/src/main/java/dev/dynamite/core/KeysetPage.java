package dev.dynamite.core;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset scroll in DynamoDB's own order: the items and the key to continue after
 * ({@code LastEvaluatedKey} as plain values: String, Number or byte[]), {@code null} at the end.
 *
 * @param content the items of this page
 * @param nextKey where the next page starts, or {@code null} when there is none
 * @param <T> the entity type
 */
public record KeysetPage<T>(List<T> content, @Nullable Map<String, Object> nextKey) {

	/**
	 * Whether another page may follow.
	 * @return whether another page may follow
	 */
	public boolean hasNext() {
		return this.nextKey != null;
	}
}

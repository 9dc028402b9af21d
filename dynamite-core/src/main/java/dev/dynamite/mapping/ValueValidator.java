package dev.dynamite.mapping;

import org.jspecify.annotations.Nullable;

/**
 * Checks a field's value before a write, named by {@link Validate @Validate} (the seed's {@code @Validate}): a message
 * refuses the write with an {@code IllegalArgumentException} naming the entity, the field and the message; nothing is
 * written. Implementations need a public no-argument constructor and must be thread-safe.
 *
 * @param <V> the field's type
 */
@FunctionalInterface
public interface ValueValidator<V> {

	/**
	 * {@code null} when the value is valid, else what is wrong with it.
	 * @param value the value (possibly {@code null})
	 * @return {@code null}, or the error message
	 */
	@Nullable String validate(@Nullable V value);
}

package dev.dynamite.mapping;

/**
 * Transforms a field's value: named by {@link WriteTransform @WriteTransform} (before validation and the write, the
 * seed's {@code @Set}) or {@link ReadTransform @ReadTransform} (after a read, the seed's {@code @Get}).
 * Implementations need a public no-argument constructor and must be thread-safe; one instance serves a field. They are
 * not called with {@code null}.
 *
 * @param <V> the field's type
 */
@FunctionalInterface
public interface ValueTransformer<V> {

	/**
	 * The transformed value.
	 * @param value the value, never {@code null}
	 * @return the transformed value
	 */
	V apply(V value);
}

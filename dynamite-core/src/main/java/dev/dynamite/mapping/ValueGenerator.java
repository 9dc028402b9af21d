package dev.dynamite.mapping;

/**
 * Produces a default value for a field annotated with {@link Default @Default(generator = ...)}. Implementations
 * need a public no-argument constructor and must be thread-safe; one instance is kept per entity property.
 *
 * @param <T> the generated type; converted to the field's type when they differ (e.g. a String into a UUID)
 */
@FunctionalInterface
public interface ValueGenerator<T> {

	/**
	 * Returns a new value.
	 * @return a new value
	 */
	T generate();

	/** Marker for "no generator" in {@link Default#generator()}. */
	final class None implements ValueGenerator<Object> {

		private None() {
		}

		@Override
		public Object generate() {
			throw new UnsupportedOperationException("No generator");
		}
	}
}

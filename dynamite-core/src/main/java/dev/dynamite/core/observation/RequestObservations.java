package dev.dynamite.core.observation;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import io.micrometer.observation.ObservationRegistry;

/**
 * How a template observes its requests.
 *
 * @param registry the observation registry ({@link ObservationRegistry#NOOP} for none)
 * @param convention the names and keys, or {@code null} for {@link DefaultDynamiteRequestObservationConvention}
 * @param consumedCapacity whether requests ask DynamoDB for the capacity they consume
 * ({@code ReturnConsumedCapacity=TOTAL}), which the context then carries
 * ({@link DynamiteRequestContext#getConsumedCapacity()})
 */
public record RequestObservations(ObservationRegistry registry, @Nullable DynamiteRequestObservationConvention convention,
		boolean consumedCapacity) {

	/** No observations, no consumed capacity. */
	public static final RequestObservations NONE = new RequestObservations(ObservationRegistry.NOOP, null, false);

	/**
	 * Checks that a registry is given.
	 * @param registry the observation registry
	 * @param convention the convention
	 * @param consumedCapacity the consumed capacity
	 * @throws IllegalArgumentException if it is {@code null}
	 */
	public RequestObservations {
		Assert.notNull(registry, "ObservationRegistry must not be null (use ObservationRegistry.NOOP)");
	}

	/**
	 * Observations in this registry, with the default convention and no consumed capacity.
	 * @param registry the observation registry
	 * @return the request observations
	 */
	public static RequestObservations of(ObservationRegistry registry) {
		return new RequestObservations(registry, null, false);
	}
}

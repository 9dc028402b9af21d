package dev.dynamite.core.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The names and keys of a DynamoDB request observation. Register a bean of your own to change them; the default is
 * {@link DefaultDynamiteRequestObservationConvention}.
 */
public interface DynamiteRequestObservationConvention extends ObservationConvention<DynamiteRequestContext> {

	/** The observation's name, and so the timer's: {@value}. */
	String NAME = "dynamite.requests";

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof DynamiteRequestContext;
	}

	@Override
	default String getName() {
		return NAME;
	}

	@Override
	default KeyValues getLowCardinalityKeyValues(DynamiteRequestContext context) {
		return KeyValues.empty();
	}
}

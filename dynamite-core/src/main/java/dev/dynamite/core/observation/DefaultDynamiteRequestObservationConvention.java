package dev.dynamite.core.observation;

import io.micrometer.common.KeyValues;

/**
 * Low-cardinality keys {@code table}, {@code operation}, {@code index}, {@code outcome} and {@code attempt} ("1",
 * or "2", "3", ... for the retries of a batch's unprocessed items); high-cardinality {@code items.returned},
 * {@code items.scanned} and {@code items.unprocessed} (each absent when unknown, as for writes).
 */
public class DefaultDynamiteRequestObservationConvention implements DynamiteRequestObservationConvention {

	/** The shared instance. */
	public static final DefaultDynamiteRequestObservationConvention INSTANCE = new DefaultDynamiteRequestObservationConvention();

	@Override
	public String getContextualName(DynamiteRequestContext context) {
		return context.getDescription().operation() + " " + context.getDescription().table();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(DynamiteRequestContext context) {
		RequestDescription description = context.getDescription();
		return KeyValues.of("table", description.table(), "operation", description.operation(), "index",
				description.index(), "outcome", context.getOutcome(), "attempt", Integer.toString(context.getAttempt()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(DynamiteRequestContext context) {
		KeyValues values = KeyValues.empty();
		if (context.getItemsReturned() >= 0) {
			values = values.and("items.returned", Long.toString(context.getItemsReturned()));
		}
		if (context.getItemsScanned() >= 0) {
			values = values.and("items.scanned", Long.toString(context.getItemsScanned()));
		}
		if (context.getItemsUnprocessed() >= 0) {
			values = values.and("items.unprocessed", Long.toString(context.getItemsUnprocessed()));
		}
		return values;
	}
}

package dev.dynamite.core.observation;

import io.micrometer.common.KeyValues;

/**
 * Low-cardinality keys {@code table}, {@code operation}, {@code index} and {@code outcome}; high-cardinality
 * {@code items.returned} and {@code items.scanned} (absent when unknown, as for writes).
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
				description.index(), "outcome", context.getOutcome());
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
		return values;
	}
}

package dev.dynamite.autoconfigure.data;

import dev.dynamite.core.observation.DynamiteRequestContext;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * Records the capacity units each observed request consumed (with {@code dynamite.metrics.consumed-capacity=true})
 * as the distribution summary {@value #NAME}, tagged with the table and the operation.
 */
public class ConsumedCapacityObservationHandler implements ObservationHandler<DynamiteRequestContext> {

	/** The summary's name. */
	public static final String NAME = "dynamite.consumed.capacity";

	private final MeterRegistry meters;

	/**
	 * @param meters where the summary is registered
	 */
	public ConsumedCapacityObservationHandler(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof DynamiteRequestContext;
	}

	@Override
	public void onStop(DynamiteRequestContext context) {
		double units = context.getConsumedCapacity();
		if (units >= 0) {
			DistributionSummary.builder(NAME)
				.baseUnit("capacity units")
				.description("Capacity units DynamoDB reported per request")
				.tags("table", context.getDescription().table(), "operation", context.getDescription().operation())
				.register(this.meters)
				.record(units);
		}
	}
}

package dev.dynamite.core.observation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** The capacity units in a DynamoDB response, when the request asked for them. */
final class ConsumedCapacities {

	private ConsumedCapacities() {
	}

	/** The units a response reports, or -1 when it reports none. */
	static double of(@Nullable Object response) {
		if (response instanceof GetItemResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof QueryResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof ScanResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof PutItemResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof UpdateItemResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof DeleteItemResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof ExecuteStatementResponse r) {
			return one(r.consumedCapacity());
		}
		if (response instanceof BatchGetItemResponse r) {
			return r.hasConsumedCapacity() ? all(r.consumedCapacity()) : -1;
		}
		if (response instanceof BatchWriteItemResponse r) {
			return r.hasConsumedCapacity() ? all(r.consumedCapacity()) : -1;
		}
		if (response instanceof TransactWriteItemsResponse r) {
			return r.hasConsumedCapacity() ? all(r.consumedCapacity()) : -1;
		}
		return -1;
	}

	private static double one(@Nullable ConsumedCapacity capacity) {
		return capacity == null || capacity.capacityUnits() == null ? -1 : capacity.capacityUnits();
	}

	private static double all(List<ConsumedCapacity> capacities) {
		double total = 0;
		for (ConsumedCapacity capacity : capacities) {
			total += capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
		}
		return total;
	}
}

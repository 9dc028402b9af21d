package dev.dynamite.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Meters what a client's requests cost: requests per operation, items DynamoDB read (a Query's or Scan's
 * {@code ScannedCount}; the items a GetItem or BatchGetItem returned), items returned, and the consumed capacity,
 * which it asks for by adding {@code ReturnConsumedCapacity=TOTAL} to every request it sees (a test-only change of
 * the request; Dynamite itself does not ask for capacity).
 */
public final class RequestMeter implements ExecutionInterceptor {

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

	private final LongAdder read = new LongAdder();

	private final LongAdder returned = new LongAdder();

	private final LongAdder unprocessedResponses = new LongAdder();

	private final DoubleAdder capacity = new DoubleAdder();

	@Override
	public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes executionAttributes) {
		SdkRequest request = context.request();
		ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
		if (request instanceof GetItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof BatchGetItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof QueryRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof ScanRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof PutItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof UpdateItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof DeleteItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		if (request instanceof BatchWriteItemRequest r) {
			return r.toBuilder().returnConsumedCapacity(total).build();
		}
		return request;
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
		SdkRequest request = context.request();
		SdkResponse response = context.response();
		this.sent.add(request);
		this.requests.computeIfAbsent(request.getClass().getSimpleName().replace("Request", ""), n -> new AtomicInteger())
			.incrementAndGet();
		if (response instanceof GetItemResponse r) {
			int items = r.hasItem() && !r.item().isEmpty() ? 1 : 0;
			count(items, items, r.consumedCapacity());
		}
		else if (response instanceof BatchGetItemResponse r) {
			int items = r.responses().values().stream().mapToInt(List::size).sum();
			count(items, items, r.consumedCapacity());
			if (!r.unprocessedKeys().isEmpty()) {
				this.unprocessedResponses.increment();
			}
		}
		else if (response instanceof QueryResponse r) {
			count(r.scannedCount(), r.items().size(), r.consumedCapacity());
		}
		else if (response instanceof ScanResponse r) {
			count(r.scannedCount(), r.items().size(), r.consumedCapacity());
		}
		else if (response instanceof BatchWriteItemResponse r) {
			count(0, 0, r.consumedCapacity());
			if (!r.unprocessedItems().isEmpty()) {
				this.unprocessedResponses.increment();
			}
		}
		else if (response instanceof PutItemResponse r) {
			count(0, 0, r.consumedCapacity());
		}
		else if (response instanceof UpdateItemResponse r) {
			count(0, 0, r.consumedCapacity());
		}
		else if (response instanceof DeleteItemResponse r) {
			count(0, 0, r.consumedCapacity());
		}
	}

	private void count(long itemsRead, long itemsReturned, ConsumedCapacity consumed) {
		this.read.add(itemsRead);
		this.returned.add(itemsReturned);
		if (consumed != null && consumed.capacityUnits() != null) {
			this.capacity.add(consumed.capacityUnits());
		}
	}

	private void count(long itemsRead, long itemsReturned, List<ConsumedCapacity> consumed) {
		this.read.add(itemsRead);
		this.returned.add(itemsReturned);
		for (ConsumedCapacity c : consumed) {
			if (c.capacityUnits() != null) {
				this.capacity.add(c.capacityUnits());
			}
		}
	}

	/** Requests per operation name ({@code GetItem}, {@code Query}, ...) since the last {@link #clear()}. */
	public Map<String, Integer> requests() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		this.requests.forEach((name, count) -> counts.put(name, count.get()));
		return counts;
	}

	/** The requests of one type, as sent (with ReturnConsumedCapacity added). */
	public <R extends SdkRequest> List<R> sent(Class<R> type) {
		return this.sent.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** Items DynamoDB read: Query/Scan {@code ScannedCount}, items a GetItem/BatchGetItem returned. */
	public long itemsRead() {
		return this.read.sum();
	}

	/** Items the responses carried. */
	public long itemsReturned() {
		return this.returned.sum();
	}

	/** Batch responses that left items or keys unprocessed (each one means a retry request). */
	public long unprocessedResponses() {
		return this.unprocessedResponses.sum();
	}

	/** Capacity units consumed, as DynamoDB (Local) reported them. */
	public double capacityUnits() {
		return this.capacity.sum();
	}

	/** Forgets everything metered so far. */
	public void clear() {
		this.requests.clear();
		this.sent.clear();
		this.read.reset();
		this.returned.reset();
		this.unprocessedResponses.reset();
		this.capacity.reset();
	}
}

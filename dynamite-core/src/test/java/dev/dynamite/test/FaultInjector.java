package dev.dynamite.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A fault-injecting SDK interceptor, deterministic through a seeded {@link Random}. It is honest about what the
 * server did:
 * <ul>
 * <li><b>partial batches</b>: on a share of BatchWriteItem / BatchGetItem calls it removes some items or keys from the
 * request <em>before</em> it is sent ({@code modifyRequest}) and reports exactly those as {@code UnprocessedItems} /
 * {@code UnprocessedKeys} in the response ({@code modifyResponse}), merged with whatever the server itself left;</li>
 * <li><b>throttling</b>: on a share of data-plane call attempts it throws {@link ProvisionedThroughputExceededException}
 * from {@code beforeTransmission}, so nothing reaches the server on that attempt and the SDK's own retry strategy
 * sees a real throttling error.</li>
 * </ul>
 * With {@link #starve()} every batch call sends only its first item or key (the rest come back unprocessed), which makes
 * a bounded retry policy give up.
 */
public final class FaultInjector implements ExecutionInterceptor {

	private static final ExecutionAttribute<Map<String, List<WriteRequest>>> WITHHELD_WRITES = new ExecutionAttribute<>(
			"dynamite.test.withheldWrites");

	private static final ExecutionAttribute<Map<String, List<Map<String, AttributeValue>>>> WITHHELD_KEYS = new ExecutionAttribute<>(
			"dynamite.test.withheldKeys");

	private static final Set<String> DATA_PLANE = Set.of("BatchWriteItemRequest", "BatchGetItemRequest", "ScanRequest",
			"QueryRequest", "GetItemRequest", "PutItemRequest", "UpdateItemRequest", "DeleteItemRequest",
			"TransactWriteItemsRequest");

	private final Random random;

	private volatile double partialShare;

	private volatile double throttleShare;

	private volatile boolean starve;

	private volatile boolean enabled = true;

	private final AtomicInteger batchWriteCalls = new AtomicInteger();

	private final AtomicInteger batchGetCalls = new AtomicInteger();

	private final AtomicInteger partialCalls = new AtomicInteger();

	private final AtomicInteger withheldItems = new AtomicInteger();

	private final AtomicInteger withheldKeys = new AtomicInteger();

	private final AtomicInteger attempts = new AtomicInteger();

	private final AtomicInteger throttles = new AtomicInteger();

	/**
	 * @param seed the seed of the decisions
	 * @param partialShare the share of batch calls answered partially (0..1)
	 * @param throttleShare the share of data-plane call attempts throttled (0..1)
	 */
	public FaultInjector(long seed, double partialShare, double throttleShare) {
		this.random = new Random(seed);
		this.partialShare = partialShare;
		this.throttleShare = throttleShare;
	}

	/** From now on every batch call sends only its first item or key. */
	public FaultInjector starve() {
		this.starve = true;
		return this;
	}

	/** Turns all faults on or off (counters keep counting calls). */
	public void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** Sets the throttled share of call attempts. */
	public void throttleShare(double share) {
		this.throttleShare = share;
	}

	@Override
	public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
		SdkRequest request = context.request();
		if (request instanceof BatchWriteItemRequest batch) {
			this.batchWriteCalls.incrementAndGet();
			if (!partial()) {
				return request;
			}
			Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
			Map<String, List<WriteRequest>> withheld = new LinkedHashMap<>();
			batch.requestItems().forEach((table, writes) -> {
				int keep = keepCount(writes.size());
				sent.put(table, writes.subList(0, keep));
				withheld.put(table, new ArrayList<>(writes.subList(keep, writes.size())));
				this.withheldItems.addAndGet(writes.size() - keep);
			});
			this.partialCalls.incrementAndGet();
			attributes.putAttribute(WITHHELD_WRITES, withheld);
			return batch.toBuilder().requestItems(sent).build();
		}
		if (request instanceof BatchGetItemRequest batch) {
			this.batchGetCalls.incrementAndGet();
			if (!partial()) {
				return request;
			}
			Map<String, KeysAndAttributes> sent = new LinkedHashMap<>();
			Map<String, List<Map<String, AttributeValue>>> withheld = new LinkedHashMap<>();
			batch.requestItems().forEach((table, keysAndAttributes) -> {
				List<Map<String, AttributeValue>> keys = keysAndAttributes.keys();
				int keep = keepCount(keys.size());
				sent.put(table, keysAndAttributes.toBuilder().keys(keys.subList(0, keep)).build());
				withheld.put(table, new ArrayList<>(keys.subList(keep, keys.size())));
				this.withheldKeys.addAndGet(keys.size() - keep);
			});
			this.partialCalls.incrementAndGet();
			attributes.putAttribute(WITHHELD_KEYS, withheld);
			return batch.toBuilder().requestItems(sent).build();
		}
		return request;
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
		if (!DATA_PLANE.contains(context.request().getClass().getSimpleName())) {
			return;
		}
		this.attempts.incrementAndGet();
		if (this.enabled && nextDouble() < this.throttleShare) {
			this.throttles.incrementAndGet();
			throw ProvisionedThroughputExceededException.builder()
				.message("Injected throttling")
				.statusCode(400)
				.awsErrorDetails(AwsErrorDetails.builder()
					.errorCode("ProvisionedThroughputExceededException")
					.errorMessage("Injected throttling")
					.serviceName("DynamoDb")
					.build())
				.build();
		}
	}

	@Override
	public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
		SdkResponse response = context.response();
		if (response instanceof BatchWriteItemResponse batch) {
			Map<String, List<WriteRequest>> withheld = attributes.getAttribute(WITHHELD_WRITES);
			if (withheld == null) {
				return response;
			}
			Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
			batch.unprocessedItems().forEach((table, writes) -> unprocessed.put(table, new ArrayList<>(writes)));
			withheld.forEach((table, writes) -> {
				if (!writes.isEmpty()) {
					unprocessed.computeIfAbsent(table, t -> new ArrayList<>()).addAll(writes);
				}
			});
			return batch.toBuilder().unprocessedItems(unprocessed).build();
		}
		if (response instanceof BatchGetItemResponse batch) {
			Map<String, List<Map<String, AttributeValue>>> withheld = attributes.getAttribute(WITHHELD_KEYS);
			if (withheld == null) {
				return response;
			}
			BatchGetItemRequest request = (BatchGetItemRequest) context.request();
			Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>(batch.unprocessedKeys());
			withheld.forEach((table, keys) -> {
				if (keys.isEmpty()) {
					return;
				}
				KeysAndAttributes serverLeft = unprocessed.get(table);
				List<Map<String, AttributeValue>> all = new ArrayList<>();
				if (serverLeft != null && serverLeft.hasKeys()) {
					all.addAll(serverLeft.keys());
				}
				all.addAll(keys);
				unprocessed.put(table, request.requestItems().get(table).toBuilder().keys(all).build());
			});
			return batch.toBuilder().unprocessedKeys(unprocessed).build();
		}
		return response;
	}

	private boolean partial() {
		return this.enabled && (this.starve || nextDouble() < this.partialShare);
	}

	/** How many of {@code size} items or keys to send: at least one (an empty batch is invalid), fewer than all. */
	private int keepCount(int size) {
		if (size <= 1) {
			return size;
		}
		if (this.starve) {
			return 1;
		}
		synchronized (this.random) {
			return 1 + this.random.nextInt(size - 1);
		}
	}

	private double nextDouble() {
		synchronized (this.random) {
			return this.random.nextDouble();
		}
	}

	/** BatchWriteItem calls (executions, not attempts). */
	public int batchWriteCalls() {
		return this.batchWriteCalls.get();
	}

	/** BatchGetItem calls (executions, not attempts). */
	public int batchGetCalls() {
		return this.batchGetCalls.get();
	}

	/** Batch calls answered partially. */
	public int partialCalls() {
		return this.partialCalls.get();
	}

	/** Write requests withheld and reported unprocessed. */
	public int withheldItems() {
		return this.withheldItems.get();
	}

	/** Keys withheld and reported unprocessed. */
	public int withheldKeys() {
		return this.withheldKeys.get();
	}

	/** Data-plane call attempts, including the SDK's retries. */
	public int attempts() {
		return this.attempts.get();
	}

	/** Attempts failed with an injected throttling error. */
	public int throttles() {
		return this.throttles.get();
	}

	/** The counters now. */
	public Snapshot snapshot() {
		return new Snapshot(batchWriteCalls(), batchGetCalls(), partialCalls(), withheldItems(), withheldKeys(),
				attempts(), throttles());
	}

	/**
	 * The counters at one moment.
	 * @param batchWriteCalls BatchWriteItem calls (executions)
	 * @param batchGetCalls BatchGetItem calls (executions)
	 * @param partialCalls batch calls answered partially
	 * @param withheldItems write requests withheld and reported unprocessed
	 * @param withheldKeys keys withheld and reported unprocessed
	 * @param attempts data-plane call attempts including SDK retries
	 * @param throttles attempts failed with injected throttling
	 */
	public record Snapshot(int batchWriteCalls, int batchGetCalls, int partialCalls, int withheldItems,
			int withheldKeys, int attempts, int throttles) {
	}

	/** Resets the counters. */
	public void reset() {
		this.batchWriteCalls.set(0);
		this.batchGetCalls.set(0);
		this.partialCalls.set(0);
		this.withheldItems.set(0);
		this.withheldKeys.set(0);
		this.attempts.set(0);
		this.throttles.set(0);
	}

	@Override
	public String toString() {
		return "FaultInjector[batchWrites=%d, batchGets=%d, partial=%d, withheldItems=%d, withheldKeys=%d, attempts=%d, throttles=%d]"
			.formatted(batchWriteCalls(), batchGetCalls(), partialCalls(), withheldItems(), withheldKeys(), attempts(),
					throttles());
	}
}

package dev.dynamite.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends many puts or deletes as BatchWriteItem requests of 25, a bounded number in parallel, retrying each
 * request's unprocessed items with back-off. Whatever is still not done in the end is reported in one
 * {@link UnprocessedItemsException}; nothing is dropped silently.
 */
final class BatchWriter {

	static final int BATCH_SIZE = 25;

	private final DynamoDbClient client;

	private final BatchRetryPolicy retryPolicy;

	private final ExecutorService executor;

	BatchWriter(DynamoDbClient client, BatchRetryPolicy retryPolicy, int parallelism) {
		this.client = client;
		this.retryPolicy = retryPolicy;
		AtomicInteger threads = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(parallelism, parallelism, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), runnable -> {
					Thread thread = new Thread(runnable, "dynamite-batch-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		this.executor = pool;
	}

	/** Writes all requests to the table; returns how many were applied. */
	long write(String table, List<WriteRequest> requests) {
		List<List<WriteRequest>> chunks = new ArrayList<>();
		for (int from = 0; from < requests.size(); from += BATCH_SIZE) {
			chunks.add(requests.subList(from, Math.min(requests.size(), from + BATCH_SIZE)));
		}
		if (chunks.isEmpty()) {
			return 0;
		}
		if (chunks.size() == 1) {
			// a first-call error other than throttling propagates as it is (translated by the template)
			return finish(table, requests.size(), writeChunk(table, chunks.get(0)), null);
		}
		List<CompletableFuture<List<WriteRequest>>> futures = new ArrayList<>(chunks.size());
		for (List<WriteRequest> chunk : chunks) {
			futures.add(CompletableFuture.supplyAsync(() -> writeChunk(table, chunk), this.executor));
		}
		List<WriteRequest> left = new ArrayList<>();
		RuntimeException failure = null;
		RuntimeException refusal = null;
		for (int i = 0; i < futures.size(); i++) {
			try {
				left.addAll(futures.get(i).join());
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof SdkException cause && !cause.retryable() && !BatchRetryPolicy.isThrottling(cause)) {
					// not a throttling leftover: DynamoDB refused the request, retrying cannot help
					refusal = (refusal != null) ? refusal : cause;
					continue;
				}
				// a chunk that failed part-way reports exactly what it had not written yet
				left.addAll(ex.getCause() instanceof UnprocessedItemsException partial
						? castWrites(partial.getUnprocessed()) : chunks.get(i));
				if (failure == null) {
					failure = ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
				}
			}
		}
		if (refusal != null) {
			throw refusal;
		}
		return finish(table, requests.size(), left, failure);
	}

	private static long finish(String table, int total, List<WriteRequest> left, RuntimeException failure) {
		if (left.isEmpty()) {
			return total;
		}
		String why = failure == null ? "" : "; first failure: " + failure.getMessage();
		UnprocessedItemsException exception = new UnprocessedItemsException(
				"BatchWriteItem on table '%s' left %d of %d write(s) unprocessed%s".formatted(table, left.size(), total, why),
				left);
		if (failure != null) {
			exception.initCause(failure);
		}
		throw exception;
	}

	private List<WriteRequest> writeChunk(String table, List<WriteRequest> chunk) {
		List<WriteRequest> pending = chunk;
		int attempt = 0;
		while (true) {
			BatchWriteItemResponse response;
			try {
				response = this.client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(Map.of(table, pending)).build());
			}
			catch (SdkException ex) {
				if (!BatchRetryPolicy.retriesThrottled(ex)) {
					boolean throttled = BatchRetryPolicy.isThrottling(ex);
					if (!throttled && (pending == chunk || !ex.retryable())) {
						// a refusal (a validation error) is reported as it is, never as "unprocessed"
						throw ex;
					}
					throw unprocessed(table, pending, ex);
				}
				// throttled and not retried by the SDK: the whole pending part is unprocessed
				attempt++;
				if (attempt >= this.retryPolicy.maxAttempts()) {
					throw unprocessed(table, pending, ex);
				}
				this.retryPolicy.backOff(attempt);
				continue;
			}
			List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
			if (unprocessed.isEmpty()) {
				return List.of();
			}
			attempt++;
			if (attempt >= this.retryPolicy.maxAttempts()) {
				return unprocessed;
			}
			this.retryPolicy.backOff(attempt);
			pending = unprocessed;
		}
	}

	private static UnprocessedItemsException unprocessed(String table, List<WriteRequest> pending, SdkException cause) {
		UnprocessedItemsException exception = new UnprocessedItemsException(
				"BatchWriteItem on table '%s' failed with %d write(s) pending: %s".formatted(table, pending.size(),
						cause.getMessage()), pending);
		exception.initCause(cause);
		return exception;
	}

	@SuppressWarnings("unchecked")
	private static List<WriteRequest> castWrites(List<?> writes) {
		return (List<WriteRequest>) writes;
	}
}

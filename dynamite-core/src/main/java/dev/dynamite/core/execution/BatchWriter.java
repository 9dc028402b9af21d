package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.UnprocessedItemsException;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends many puts or deletes as BatchWriteItem requests of 25, a bounded number at a time, retrying each request's
 * unprocessed items with back-off. Whatever is still not done in the end is reported in one
 * {@link UnprocessedItemsException}; nothing is dropped silently. A refusal (a validation error) is reported as it is.
 */
final class BatchWriter {

	static final int BATCH_SIZE = 25;

	private final DynamoDbTransport transport;

	private final BatchRetryPolicy retryPolicy;

	private final int parallelism;

	BatchWriter(DynamoDbTransport transport, BatchRetryPolicy retryPolicy, int parallelism) {
		this.transport = transport;
		this.retryPolicy = retryPolicy;
		this.parallelism = parallelism;
	}

	/** Writes all requests to the table; completes with how many were applied. */
	CompletableFuture<Long> write(String table, List<WriteRequest> requests) {
		List<List<WriteRequest>> chunks = new ArrayList<>();
		for (int from = 0; from < requests.size(); from += BATCH_SIZE) {
			chunks.add(requests.subList(from, Math.min(requests.size(), from + BATCH_SIZE)));
		}
		if (chunks.isEmpty()) {
			return CompletableFuture.completedFuture(0L);
		}
		if (chunks.size() == 1) {
			// on the calling thread, its errors as they are
			return RequestSequence.run(new ChunkWrite(table, chunks.get(0)))
				.thenApply(left -> finish(table, requests.size(), left, null));
		}
		Object[] outcomes = new Object[chunks.size()];
		AtomicInteger nextChunk = new AtomicInteger();
		List<CompletableFuture<Void>> workers = new ArrayList<>();
		for (int i = 0; i < Math.min(this.parallelism, chunks.size()); i++) {
			workers.add(this.transport.fork(() -> RequestSequence.run(new Worker(table, chunks, nextChunk, outcomes))));
		}
		return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
			.thenApply(ignored -> collect(table, requests.size(), chunks, outcomes));
	}

	@SuppressWarnings("unchecked")
	private static long collect(String table, int total, List<List<WriteRequest>> chunks, Object[] outcomes) {
		List<WriteRequest> left = new ArrayList<>();
		RuntimeException failure = null;
		RuntimeException refusal = null;
		for (int i = 0; i < outcomes.length; i++) {
			if (outcomes[i] instanceof List<?> chunkLeft) {
				left.addAll((List<WriteRequest>) chunkLeft);
				continue;
			}
			Throwable cause = RequestSequence.unwrap((Throwable) outcomes[i]);
			if (cause instanceof SdkException sdk && !sdk.retryable() && !BatchRetryPolicy.isThrottling(sdk)) {
				// not a throttling leftover: DynamoDB refused the request, retrying cannot help
				refusal = (refusal != null) ? refusal : sdk;
				continue;
			}
			// a chunk that failed part-way reports exactly what it had not written yet
			left.addAll(cause instanceof UnprocessedItemsException partial
					? (List<WriteRequest>) partial.getUnprocessed() : chunks.get(i));
			if (failure == null) {
				failure = cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
			}
		}
		if (refusal != null) {
			throw refusal;
		}
		return finish(table, total, left, failure);
	}

	private static long finish(String table, int total, List<WriteRequest> left, @Nullable RuntimeException failure) {
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

	/** Takes chunks one after another until none is left, recording each chunk's leftovers or failure. */
	private final class Worker implements RequestSequence<Void> {

		private final String table;

		private final List<List<WriteRequest>> chunks;

		private final AtomicInteger nextChunk;

		private final Object[] outcomes;

		Worker(String table, List<List<WriteRequest>> chunks, AtomicInteger nextChunk, Object[] outcomes) {
			this.table = table;
			this.chunks = chunks;
			this.nextChunk = nextChunk;
			this.outcomes = outcomes;
		}

		@Override
		public @Nullable CompletableFuture<?> next() {
			int index = this.nextChunk.getAndIncrement();
			if (index >= this.chunks.size()) {
				return null;
			}
			return RequestSequence.run(new ChunkWrite(this.table, this.chunks.get(index)))
				.handle((left, failure) -> this.outcomes[index] = failure != null ? failure : left);
		}

		@Override
		public @Nullable Void result() {
			return null;
		}
	}

	/** One chunk of up to 25 writes and its retries; the result is what was left unprocessed. */
	private final class ChunkWrite implements RequestSequence<List<WriteRequest>> {

		private final String table;

		private final List<WriteRequest> chunk;

		private List<WriteRequest> pending;

		private int attempt;

		private boolean done;

		ChunkWrite(String table, List<WriteRequest> chunk) {
			this.table = table;
			this.chunk = chunk;
			this.pending = chunk;
		}

		@Override
		public @Nullable CompletableFuture<?> next() {
			if (this.done) {
				return null;
			}
			CompletableFuture<Void> wait = this.attempt == 0 ? CompletableFuture.completedFuture(null)
					: BatchWriter.this.transport.delay(BatchWriter.this.retryPolicy.delay(this.attempt));
			int attempt = this.attempt + 1;
			return wait.thenCompose(ignored -> BatchWriter.this.transport
				.batchWriteItem(RequestFactory.batchWrite(this.table, this.pending), attempt))
				.handle((response, failure) -> {
					if (failure != null) {
						failed(RequestSequence.unwrap(failure));
					}
					else {
						answered(response.unprocessedItems().getOrDefault(this.table, List.of()));
					}
					return null;
				});
		}

		private void answered(List<WriteRequest> unprocessed) {
			if (unprocessed.isEmpty()) {
				this.pending = List.of();
				this.done = true;
				return;
			}
			this.pending = unprocessed;
			retried();
		}

		private void failed(Throwable failure) {
			if (!(failure instanceof SdkException ex)) {
				throw new CompletionException(failure);
			}
			if (!BatchRetryPolicy.retriesThrottled(ex)) {
				boolean throttled = BatchRetryPolicy.isThrottling(ex);
				if (!throttled && (this.pending == this.chunk || !ex.retryable())) {
					// a refusal (a validation error) is reported as it is, never as "unprocessed"
					throw new CompletionException(ex);
				}
				throw unprocessed(ex);
			}
			// throttled and not retried by the SDK: the whole pending part is unprocessed
			if (this.attempt + 1 >= BatchWriter.this.retryPolicy.maxAttempts()) {
				throw unprocessed(ex);
			}
			retried();
		}

		private void retried() {
			this.attempt++;
			if (this.attempt >= BatchWriter.this.retryPolicy.maxAttempts()) {
				this.done = true;
			}
		}

		private UnprocessedItemsException unprocessed(SdkException cause) {
			UnprocessedItemsException exception = new UnprocessedItemsException(
					"BatchWriteItem on table '%s' failed with %d write(s) pending: %s".formatted(this.table,
							this.pending.size(), cause.getMessage()), this.pending);
			exception.initCause(cause);
			return exception;
		}

		@Override
		public List<WriteRequest> result() {
			return this.pending;
		}
	}
}

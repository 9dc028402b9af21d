package dev.dynamite.core;

import java.time.Duration;

import org.springframework.util.Assert;

import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How Dynamite retries the unprocessed part of a BatchGetItem or BatchWriteItem: exponential back-off with full
 * jitter (the SDK's {@link BackoffStrategy#exponentialDelay}), giving up after a bounded number of attempts with an
 * {@link UnprocessedItemsException} that carries what was left.
 *
 * @param maxAttempts attempts at the same unprocessed part before giving up (at least 1)
 * @param baseDelay the first back-off delay
 * @param maxDelay the largest back-off delay
 */
public record BatchRetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

	/** 10 attempts, 25 ms doubling up to 2 s (about 8 s at the worst). */
	public static final BatchRetryPolicy DEFAULT = new BatchRetryPolicy(10, Duration.ofMillis(25), Duration.ofSeconds(2));

	public BatchRetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Assert.notNull(baseDelay, "baseDelay must not be null");
		Assert.notNull(maxDelay, "maxDelay must not be null");
	}

	/** Sleeps before retry number {@code attempt} (1-based). */
	public void backOff(int attempt) {
		long millis = BackoffStrategy.exponentialDelay(this.baseDelay, this.maxDelay).computeDelay(attempt).toMillis();
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new org.springframework.dao.DataAccessResourceFailureException("Interrupted while retrying a batch", ex);
		}
	}
}

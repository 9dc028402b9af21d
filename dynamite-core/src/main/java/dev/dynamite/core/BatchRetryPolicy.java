package dev.dynamite.core;

import java.time.Duration;

import org.springframework.util.Assert;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/**
 * How Dynamite retries the unprocessed part of a BatchGetItem or BatchWriteItem: exponential back-off with full
 * jitter (the SDK's {@link BackoffStrategy#exponentialDelay}), giving up after a bounded number of attempts with an
 * {@link UnprocessedItemsException} that carries what was left. A throttling error the SDK client did not retry
 * itself counts as an attempt that left the whole batch unprocessed; one the SDK already retried ends the batch with
 * an {@link UnprocessedItemsException} at once (the SDK's own bound then applies, not multiplied by this one).
 *
 * @param maxAttempts attempts at the same unprocessed part before giving up (at least 1)
 * @param baseDelay the first back-off delay
 * @param maxDelay the largest back-off delay
 */
public record BatchRetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

	/** 10 attempts, 25 ms doubling up to 2 s (about 8 s at the worst). */
	public static final BatchRetryPolicy DEFAULT = new BatchRetryPolicy(10, Duration.ofMillis(25), Duration.ofSeconds(2));

	/**
	 * Checks the components.
	 * @param maxAttempts the max attempts
	 * @param baseDelay the base delay
	 * @param maxDelay the max delay
	 * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a delay is {@code null}
	 */
	public BatchRetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Assert.notNull(baseDelay, "baseDelay must not be null");
		Assert.notNull(maxDelay, "maxDelay must not be null");
	}

	/**
	 * The randomised delay before retry number {@code attempt} (1-based): uniform between zero and
	 * {@code min(maxDelay, baseDelay * 2^(attempt-1))}.
	 * @param attempt the attempt
	 * @return the randomised delay before retry number {@code attempt} (1-based)
	 */
	public Duration delay(int attempt) {
		Assert.isTrue(attempt >= 1, "attempt must be at least 1");
		// the SDK counts the first try as attempt 1 (no delay): retry n is its attempt n + 1
		return BackoffStrategy.exponentialDelay(this.baseDelay, this.maxDelay).computeDelay(attempt + 1);
	}

	/**
	 * The longest time all back-offs of one batch can take together: the sum of the capped delays.
	 * @return the longest time all back-offs of one batch can take together
	 */
	public Duration maxTotalDelay() {
		Duration total = Duration.ZERO;
		for (int attempt = 1; attempt < this.maxAttempts; attempt++) {
			Duration ceiling = this.baseDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
			total = total.plus(ceiling.compareTo(this.maxDelay) > 0 ? this.maxDelay : ceiling);
		}
		return total;
	}

	/**
	 * Whether an SDK error means DynamoDB throttled the call.
	 * @param ex the ex
	 * @return whether an SDK error means DynamoDB throttled the call
	 */
	public static boolean isThrottling(SdkException ex) {
		return ex instanceof ProvisionedThroughputExceededException || ex instanceof RequestLimitExceededException
				|| (ex instanceof SdkServiceException service && service.isThrottlingException());
	}

	/**
	 * Whether a batch call that failed this way is retried under this policy: a throttling error the SDK did not retry
	 * itself (a client without SDK retries). One the SDK already retried with its own back-off is not retried again,
	 * so the two bounds add up instead of multiplying; the batch's pending part is reported unprocessed at once.
	 * @param ex the ex
	 * @return whether a batch call that failed this way is retried under this policy
	 */
	public static boolean retriesThrottled(SdkException ex) {
		Integer attempts = ex.numAttempts();
		return isThrottling(ex) && (attempts == null || attempts <= 1);
	}

	/**
	 * Sleeps before retry number {@code attempt} (1-based).
	 * @param attempt the attempt
	 */
	public void backOff(int attempt) {
		long millis = delay(attempt).toMillis();
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new org.springframework.dao.DataAccessResourceFailureException("Interrupted while retrying a batch", ex);
		}
	}
}

package dev.dynamite.core.schema;

import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Waits, bounded, until a table is ACTIVE (the SDK's {@code tableExists} waiter) or until a new global secondary
 * index and its table are ACTIVE (DescribeTable polling: the SDK has no waiter for index status).
 */
final class TableStatusWaiter {

	private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofMillis(100),
			Duration.ofSeconds(5));

	private final DynamoDbClient client;

	private final Duration timeout;

	TableStatusWaiter(DynamoDbClient client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	/** Waits until the table exists and is ACTIVE; throws an {@link SdkException} when it does not in time. */
	TableDescription awaitTable(String tableName) {
		try (DynamoDbWaiter waiter = this.client.waiter()) {
			return waiter.waitUntilTableExists((request) -> request.tableName(tableName), (override) -> override
				.backoffStrategyV2(BACKOFF)
				.waitTimeout(this.timeout)
				.maxAttempts(Integer.MAX_VALUE))
				.matched()
				.response()
				.orElseThrow()
				.table();
		}
	}

	/**
	 * Polls DescribeTable until the index and the table are ACTIVE.
	 * @throws DataAccessResourceFailureException when they are not within the timeout
	 */
	TableDescription awaitIndex(String tableName, String indexName) {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		for (int attempt = 1;; attempt++) {
			TableDescription table = this.client.describeTable((request) -> request.tableName(tableName)).table();
			if (table.tableStatus() == TableStatus.ACTIVE && isActive(table, indexName)) {
				return table;
			}
			Duration delay = BACKOFF.computeDelay(attempt);
			if (System.nanoTime() + delay.toNanos() > deadline) {
				throw new DataAccessResourceFailureException("Global index '%s' of table '%s' is not ACTIVE after %s (table status %s)"
					.formatted(indexName, tableName, this.timeout, table.tableStatusAsString()));
			}
			sleep(delay);
		}
	}

	private static boolean isActive(TableDescription table, String indexName) {
		for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
			if (index.indexName().equals(indexName)) {
				return index.indexStatus() == IndexStatus.ACTIVE;
			}
		}
		return false;
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while waiting for a global index to become ACTIVE", ex);
		}
	}
}

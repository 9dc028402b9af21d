package dev.dynamite.core.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.Assert;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link DynamoDbTransport} over the sync {@link DynamoDbClient}: every call runs on the calling thread; only
 * {@link #fork} moves work (the chunks of a bulk write) to the worker pool.
 */
public final class SyncTransport implements DynamoDbTransport {

	private final DynamoDbClient client;

	private final Executor workers;

	private final String target;

	/**
	 * @param client the client
	 * @param workers runs forked work, such as bulk-write chunks in parallel
	 */
	public SyncTransport(DynamoDbClient client, Executor workers) {
		this.client = client;
		this.workers = workers;
		this.target = Targets.describe(client::serviceClientConfiguration);
	}

	/**
	 * A transport whose forked work runs on up to {@code workers} daemon threads, started when needed and stopped
	 * after 30 s idle.
	 * @param client the DynamoDB client
	 * @param workers the workers
	 * @return a transport whose forked work runs on up to {@code workers} daemon threads, started when needed and
	 * stopped after 30 s idle
	 */
	public static SyncTransport withWorkers(DynamoDbClient client, int workers) {
		Assert.isTrue(workers >= 1, "batchParallelism must be at least 1");
		AtomicInteger threads = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), runnable -> {
					Thread thread = new Thread(runnable, "dynamite-batch-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return new SyncTransport(client, pool);
	}

	@Override
	public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
		return call(() -> this.client.getItem(request));
	}

	@Override
	public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
		return call(() -> this.client.batchGetItem(request));
	}

	@Override
	public CompletableFuture<QueryResponse> query(QueryRequest request) {
		return call(() -> this.client.query(request));
	}

	@Override
	public CompletableFuture<ScanResponse> scan(ScanRequest request) {
		return call(() -> this.client.scan(request));
	}

	@Override
	public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
		return call(() -> this.client.putItem(request));
	}

	@Override
	public CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request) {
		return call(() -> this.client.updateItem(request));
	}

	@Override
	public CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request) {
		return call(() -> this.client.deleteItem(request));
	}

	@Override
	public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
		return call(() -> this.client.batchWriteItem(request));
	}

	@Override
	public CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request) {
		return call(() -> this.client.transactGetItems(request));
	}

	@Override
	public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
		return call(() -> this.client.transactWriteItems(request));
	}

	@Override
	public CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request) {
		return call(() -> this.client.executeStatement(request));
	}

	@Override
	public CompletableFuture<Void> delay(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
			return CompletableFuture.completedFuture(null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CompletableFuture.failedFuture(new DataAccessResourceFailureException("Interrupted while retrying a batch", ex));
		}
	}

	@Override
	public <T> CompletableFuture<T> fork(Supplier<CompletableFuture<T>> work) {
		return CompletableFuture.supplyAsync(work, this.workers).thenCompose(future -> future);
	}

	@Override
	public String target() {
		return this.target;
	}

	private static <R> CompletableFuture<R> call(Supplier<R> call) {
		try {
			return CompletableFuture.completedFuture(call.get());
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}
}

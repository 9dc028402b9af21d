package dev.dynamite.core.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
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
 * {@link DynamoDbTransport} over the {@link DynamoDbAsyncClient}: no call blocks a thread; back-off delays are
 * scheduled, not slept.
 */
public final class AsyncTransport implements DynamoDbTransport {

	private final DynamoDbAsyncClient client;

	private final String target;

	/**
	 * @param client the async client
	 */
	public AsyncTransport(DynamoDbAsyncClient client) {
		this.client = client;
		this.target = Targets.describe(client::serviceClientConfiguration);
	}

	@Override
	public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
		return this.client.getItem(request);
	}

	@Override
	public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
		return this.client.batchGetItem(request);
	}

	@Override
	public CompletableFuture<QueryResponse> query(QueryRequest request) {
		return this.client.query(request);
	}

	@Override
	public CompletableFuture<ScanResponse> scan(ScanRequest request) {
		return this.client.scan(request);
	}

	@Override
	public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
		return this.client.putItem(request);
	}

	@Override
	public CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request) {
		return this.client.updateItem(request);
	}

	@Override
	public CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request) {
		return this.client.deleteItem(request);
	}

	@Override
	public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
		return this.client.batchWriteItem(request);
	}

	@Override
	public CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request) {
		return this.client.transactGetItems(request);
	}

	@Override
	public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
		return this.client.transactWriteItems(request);
	}

	@Override
	public CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request) {
		return this.client.executeStatement(request);
	}

	@Override
	public CompletableFuture<Void> delay(Duration delay) {
		return CompletableFuture.runAsync(() -> {
		}, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Override
	public <T> CompletableFuture<T> fork(Supplier<CompletableFuture<T>> work) {
		return work.get();
	}

	@Override
	public String target() {
		return this.target;
	}
}

package dev.dynamite.core.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The DynamoDB calls Dynamite makes, as futures: the one seam between the executors and a client. Over the sync
 * client ({@link SyncTransport}) each call runs on the calling thread and returns a completed future, so the sync
 * path neither hands off nor waits; over the async client ({@link AsyncTransport}) calls complete on the SDK's
 * threads. Failures are failed futures holding the SDK's exception, untranslated.
 */
public interface DynamoDbTransport {

	CompletableFuture<GetItemResponse> getItem(GetItemRequest request);

	CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request);

	/**
	 * Sends attempt {@code attempt} (1 for the first, 2 for the first retry of unprocessed keys, ...) of a batch read;
	 * an observing transport records the attempt, the others ignore it.
	 */
	default CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request, int attempt) {
		return batchGetItem(request);
	}

	CompletableFuture<QueryResponse> query(QueryRequest request);

	CompletableFuture<ScanResponse> scan(ScanRequest request);

	CompletableFuture<PutItemResponse> putItem(PutItemRequest request);

	CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request);

	CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request);

	CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request);

	/**
	 * Sends attempt {@code attempt} (1 for the first, 2 for the first retry of unprocessed items, ...) of a batch
	 * write; an observing transport records the attempt, the others ignore it.
	 */
	default CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request, int attempt) {
		return batchWriteItem(request);
	}

	CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request);

	CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request);

	/** Completes after the delay: sleeps on the sync path, schedules on the async one. */
	CompletableFuture<Void> delay(Duration delay);

	/**
	 * Starts work that may run alongside other work (a chunk of a bulk write): on a worker thread on the sync path, at
	 * once on the async one, whose calls do not block.
	 */
	<T> CompletableFuture<T> fork(Supplier<CompletableFuture<T>> work);

	/** What the client talks to, for messages: "DynamoDB at http://localhost:8000" or "DynamoDB in region X". */
	String target();
}

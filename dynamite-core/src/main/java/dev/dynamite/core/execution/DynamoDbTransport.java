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
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
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

	/**
	 * Sends a GetItem request.
	 * @param request the request
	 * @return a future of the get item response
	 */
	CompletableFuture<GetItemResponse> getItem(GetItemRequest request);

	/**
	 * Sends a BatchGetItem request, as a first attempt.
	 * @param request the request
	 * @return a future of the batch get item response
	 */
	CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request);

	/**
	 * Sends attempt {@code attempt} (1 for the first, 2 for the first retry of unprocessed keys, ...) of a batch read;
	 * an observing transport records the attempt, the others ignore it.
	 * @param request the request
	 * @param attempt the attempt
	 * @return a future of the batch get item response
	 */
	default CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request, int attempt) {
		return batchGetItem(request);
	}

	/**
	 * Sends a Query request (one page).
	 * @param request the request
	 * @return a future of the query response
	 */
	CompletableFuture<QueryResponse> query(QueryRequest request);

	/**
	 * Sends a Scan request (one page).
	 * @param request the request
	 * @return a future of the scan response
	 */
	CompletableFuture<ScanResponse> scan(ScanRequest request);

	/**
	 * Sends a PutItem request.
	 * @param request the request
	 * @return a future of the put item response
	 */
	CompletableFuture<PutItemResponse> putItem(PutItemRequest request);

	/**
	 * Sends an UpdateItem request.
	 * @param request the request
	 * @return a future of the update item response
	 */
	CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request);

	/**
	 * Sends a DeleteItem request.
	 * @param request the request
	 * @return a future of the delete item response
	 */
	CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request);

	/**
	 * Sends a BatchWriteItem request, as a first attempt.
	 * @param request the request
	 * @return a future of the batch write item response
	 */
	CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request);

	/**
	 * Sends attempt {@code attempt} (1 for the first, 2 for the first retry of unprocessed items, ...) of a batch
	 * write; an observing transport records the attempt, the others ignore it.
	 * @param request the request
	 * @param attempt the attempt
	 * @return a future of the batch write item response
	 */
	default CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request, int attempt) {
		return batchWriteItem(request);
	}

	/**
	 * Sends a TransactWriteItems request.
	 * @param request the request
	 * @return a future of the transact write items response
	 */
	CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request);

	/**
	 * Sends a TransactGetItems request.
	 * @param request the request
	 * @return a future of the transact get items response
	 */
	CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request);

	/**
	 * Sends an ExecuteStatement (PartiQL) request (one page).
	 * @param request the request
	 * @return a future of the execute statement response
	 */
	CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request);

	/**
	 * Completes after the delay: sleeps on the sync path, schedules on the async one.
	 * @param delay the delay
	 * @return a future completed when done
	 */
	CompletableFuture<Void> delay(Duration delay);

	/**
	 * Starts work that may run alongside other work (a chunk of a bulk write): on a worker thread on the sync path, at
	 * once on the async one, whose calls do not block.
	 * @param <T> the entity type
	 * @param work the work
	 * @return a future of the entity
	 */
	<T> CompletableFuture<T> fork(Supplier<CompletableFuture<T>> work);

	/**
	 * What the client talks to, for messages: "DynamoDB at http://localhost:8000" or "DynamoDB in region X".
	 * @return what the client talks to, for messages
	 */
	String target();
}

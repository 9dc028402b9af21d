package dev.dynamite.core.observation;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.Observation;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The context of one observed DynamoDB request: what was sent, and how it ended (items returned and scanned, or the
 * error).
 */
public class DynamiteRequestContext extends Observation.Context {

	private final SdkRequest request;

	private final RequestDescription description;

	private long itemsReturned = -1;

	private long itemsScanned = -1;

	private double consumedCapacity = -1;

	private final int attempt;

	private long itemsUnprocessed = -1;

	/**
	 * @param request the request sent, as a first attempt
	 */
	public DynamiteRequestContext(SdkRequest request) {
		this(request, 1);
	}

	/**
	 * @param request the request sent
	 * @param attempt 1 for a first attempt; 2, 3, ... for the retries of a batch's unprocessed items or keys
	 */
	public DynamiteRequestContext(SdkRequest request, int attempt) {
		this.request = request;
		this.attempt = attempt;
		this.description = RequestDescription.of(request);
	}

	/**
	 * Which attempt this request is: 1 for a first attempt; 2, 3, ... when a BatchGetItem or BatchWriteItem sends
	 * again what an earlier attempt left unprocessed. (The SDK's own retries of a failed call happen inside one
	 * attempt.)
	 * @return which attempt this request is
	 */
	public int getAttempt() {
		return this.attempt;
	}

	/**
	 * Items or keys a batch response left unprocessed (to be sent again), or -1 for other requests.
	 * @return how many items
	 */
	public long getItemsUnprocessed() {
		return this.itemsUnprocessed;
	}

	/**
	 * The request sent.
	 * @return the request sent
	 */
	public SdkRequest getRequest() {
		return this.request;
	}

	/**
	 * Its operation, table, index and expressions.
	 * @return its operation, table, index and expressions
	 */
	public RequestDescription getDescription() {
		return this.description;
	}

	/**
	 * Takes in the response: the items it returned and, for Query and Scan, the items DynamoDB read; the capacity
	 * consumed when it was asked for.
	 * @param response the response
	 */
	public void setResponse(Object response) {
		this.consumedCapacity = ConsumedCapacities.of(response);
		if (response instanceof QueryResponse query) {
			this.itemsReturned = query.count() == null ? 0 : query.count();
			this.itemsScanned = query.scannedCount() == null ? this.itemsReturned : query.scannedCount();
		}
		else if (response instanceof ScanResponse scan) {
			this.itemsReturned = scan.count() == null ? 0 : scan.count();
			this.itemsScanned = scan.scannedCount() == null ? this.itemsReturned : scan.scannedCount();
		}
		else if (response instanceof GetItemResponse get) {
			this.itemsReturned = get.hasItem() && !get.item().isEmpty() ? 1 : 0;
			this.itemsScanned = this.itemsReturned;
		}
		else if (response instanceof BatchGetItemResponse batch) {
			this.itemsReturned = batch.responses().values().stream().mapToLong(java.util.List::size).sum();
			this.itemsScanned = this.itemsReturned;
			this.itemsUnprocessed = batch.unprocessedKeys().values().stream().mapToLong(keys -> keys.keys().size()).sum();
		}
		else if (response instanceof BatchWriteItemResponse batch) {
			this.itemsUnprocessed = batch.unprocessedItems().values().stream().mapToLong(java.util.List::size).sum();
		}
		else if (response instanceof ExecuteStatementResponse statement) {
			this.itemsReturned = statement.hasItems() ? statement.items().size() : 0;
		}
		else if (response instanceof software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse transaction) {
			this.itemsReturned = transaction.responses().stream().filter((item) -> item.hasItem() && !item.item().isEmpty())
				.count();
			this.itemsScanned = this.itemsReturned;
		}
	}

	/**
	 * Items the response returned, or -1 for a write.
	 * @return how many items
	 */
	public long getItemsReturned() {
		return this.itemsReturned;
	}

	/**
	 * Items DynamoDB read to answer (Query and Scan count filtered-out items too), or -1 when unknown.
	 * @return how many items
	 */
	public long getItemsScanned() {
		return this.itemsScanned;
	}

	/**
	 * The capacity units the request consumed, or -1 when not asked for ({@code dynamite.metrics.consumed-capacity}).
	 * @return the capacity units the request consumed, or -1 when not asked for ({@code
	 * dynamite.metrics.consumed-capacity})
	 */
	public double getConsumedCapacity() {
		return this.consumedCapacity;
	}

	/**
	 * How the request ended: {@code SUCCESS}, {@code CONDITION_FAILED}, {@code THROTTLED}, {@code CLIENT_ERROR},
	 * {@code SERVER_ERROR} or {@code ERROR} (no answer, such as a connection failure).
	 * @return the outcome
	 */
	public String getOutcome() {
		Throwable error = getError();
		if (error == null) {
			return "SUCCESS";
		}
		return outcomeOf(error);
	}

	static String outcomeOf(@Nullable Throwable error) {
		if (error instanceof ConditionalCheckFailedException) {
			return "CONDITION_FAILED";
		}
		if (error instanceof SdkServiceException service) {
			if (service.isThrottlingException()) {
				return "THROTTLED";
			}
			return service.statusCode() >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
		}
		return "ERROR";
	}
}

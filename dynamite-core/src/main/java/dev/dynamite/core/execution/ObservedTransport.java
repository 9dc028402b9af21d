package dev.dynamite.core.execution;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.dynamite.core.observation.DefaultDynamiteRequestObservationConvention;
import dev.dynamite.core.observation.DynamiteRequestContext;
import dev.dynamite.core.observation.DynamiteRequestObservationConvention;
import dev.dynamite.core.observation.RequestObservations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.core.SdkRequest;
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
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A {@link DynamoDbTransport} that observes every request it passes on: one Micrometer observation
 * {@value DynamiteRequestObservationConvention#NAME} per request, and one line on the logger
 * {@value #LOGGER} at DEBUG (operation, table, index, expressions with placeholders, items returned and scanned,
 * attempt of a batch retry, outcome, duration; the values behind the placeholders only at TRACE). With no observation registry and the logger
 * above DEBUG, a request passes straight through.
 */
public final class ObservedTransport implements DynamoDbTransport {

	/** The request logger's name. */
	public static final String LOGGER = "dev.dynamite.requests";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER);

	private static final ReturnConsumedCapacity TOTAL = ReturnConsumedCapacity.TOTAL;

	private final DynamoDbTransport delegate;

	private final ObservationRegistry registry;

	private final @Nullable DynamiteRequestObservationConvention convention;

	private final boolean consumedCapacity;

	/**
	 * @param delegate the transport that sends
	 * @param observations the registry, the convention and whether to ask for consumed capacity
	 */
	public ObservedTransport(DynamoDbTransport delegate, RequestObservations observations) {
		this.delegate = delegate;
		this.registry = observations.registry();
		this.convention = observations.convention();
		this.consumedCapacity = observations.consumedCapacity() && !this.registry.isNoop();
	}

	private <Q extends SdkRequest, R> CompletableFuture<R> observe(Q request, Function<Q, CompletableFuture<R>> call) {
		return observe(request, 1, call);
	}

	private <Q extends SdkRequest, R> CompletableFuture<R> observe(Q request, int attempt,
			Function<Q, CompletableFuture<R>> call) {
		boolean debug = logger.isDebugEnabled();
		if (this.registry.isNoop() && !debug) {
			return call.apply(request);
		}
		DynamiteRequestContext context = new DynamiteRequestContext(request, attempt);
		Supplier<DynamiteRequestContext> contexts = () -> context;
		Observation observation = Observation.createNotStarted(this.convention,
				DefaultDynamiteRequestObservationConvention.INSTANCE, contexts, this.registry).start();
		long start = System.nanoTime();
		CompletableFuture<R> sent;
		try {
			// no scope is opened: nothing below (the SDK) makes observations of its own
			sent = call.apply(request);
		}
		catch (RuntimeException ex) {
			sent = CompletableFuture.failedFuture(ex);
		}
		return sent.whenComplete((response, failure) -> {
			if (failure != null) {
				Throwable error = RequestSequence.unwrap(failure);
				// the context keeps the error for the log line even when no registry observes
				context.setError(error);
				observation.error(error);
			}
			else {
				context.setResponse(response);
			}
			observation.stop();
			if (debug) {
				log(context, Duration.ofNanos(System.nanoTime() - start));
			}
		});
	}

	private static void log(DynamiteRequestContext context, Duration duration) {
		var description = context.getDescription();
		StringBuilder line = new StringBuilder(description.operation()).append(' ').append(description.table());
		if (!"none".equals(description.index())) {
			line.append(" index=").append(description.index());
		}
		String expressions = description.expressionsText();
		if (!expressions.isEmpty()) {
			line.append(' ').append(expressions);
		}
		if (context.getAttempt() > 1) {
			line.append(" attempt=").append(context.getAttempt());
		}
		line.append(" -> ").append(context.getOutcome());
		if (context.getItemsReturned() >= 0) {
			line.append(", ").append(context.getItemsReturned()).append(" returned");
		}
		if (context.getItemsScanned() >= 0) {
			line.append(", ").append(context.getItemsScanned()).append(" scanned");
		}
		if (context.getItemsUnprocessed() > 0) {
			line.append(", ").append(context.getItemsUnprocessed()).append(" unprocessed");
		}
		line.append(String.format(Locale.ROOT, " in %.2f ms", duration.toNanos() / 1e6));
		if (context.getConsumedCapacity() >= 0) {
			line.append(String.format(Locale.ROOT, ", %.1f capacity units", context.getConsumedCapacity()));
		}
		if (logger.isTraceEnabled() && description.values() != null) {
			line.append(" values=").append(description.values());
		}
		logger.debug(line.toString());
	}

	@Override
	public CompletableFuture<GetItemResponse> getItem(GetItemRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::getItem);
	}

	@Override
	public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request) {
		return batchGetItem(request, 1);
	}

	@Override
	public CompletableFuture<BatchGetItemResponse> batchGetItem(BatchGetItemRequest request, int attempt) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request,
				attempt, this.delegate::batchGetItem);
	}

	@Override
	public CompletableFuture<QueryResponse> query(QueryRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::query);
	}

	@Override
	public CompletableFuture<ScanResponse> scan(ScanRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::scan);
	}

	@Override
	public CompletableFuture<PutItemResponse> putItem(PutItemRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::putItem);
	}

	@Override
	public CompletableFuture<UpdateItemResponse> updateItem(UpdateItemRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::updateItem);
	}

	@Override
	public CompletableFuture<DeleteItemResponse> deleteItem(DeleteItemRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::deleteItem);
	}

	@Override
	public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request) {
		return batchWriteItem(request, 1);
	}

	@Override
	public CompletableFuture<BatchWriteItemResponse> batchWriteItem(BatchWriteItemRequest request, int attempt) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request,
				attempt, this.delegate::batchWriteItem);
	}

	@Override
	public CompletableFuture<TransactGetItemsResponse> transactGetItems(TransactGetItemsRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::transactGetItems);
	}

	@Override
	public CompletableFuture<TransactWriteItemsResponse> transactWriteItems(TransactWriteItemsRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::transactWriteItems);
	}

	@Override
	public CompletableFuture<ExecuteStatementResponse> executeStatement(ExecuteStatementRequest request) {
		return observe(this.consumedCapacity ? request.toBuilder().returnConsumedCapacity(TOTAL).build() : request, this.delegate::executeStatement);
	}

	@Override
	public CompletableFuture<Void> delay(Duration delay) {
		return this.delegate.delay(delay);
	}

	@Override
	public <T> CompletableFuture<T> fork(Supplier<CompletableFuture<T>> work) {
		return this.delegate.fork(work);
	}

	@Override
	public String target() {
		return this.delegate.target();
	}
}

package dev.dynamite.benchmarks.peer;

import java.util.concurrent.atomic.AtomicLong;

import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Counts the requests a library sends and the items DynamoDB reads for them (a Scan's or Query's scanned count, a
 * BatchGetItem's items, a GetItem's item), on the client both libraries share.
 */
public final class RequestCounter implements ExecutionInterceptor {

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong itemsRead = new AtomicLong();

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
		this.requests.incrementAndGet();
		SdkResponse response = context.response();
		if (response instanceof ScanResponse scan) {
			this.itemsRead.addAndGet(scan.scannedCount());
		}
		else if (response instanceof QueryResponse query) {
			this.itemsRead.addAndGet(query.scannedCount());
		}
		else if (response instanceof BatchGetItemResponse batch) {
			batch.responses().values().forEach((items) -> this.itemsRead.addAndGet(items.size()));
		}
		else if (response instanceof GetItemResponse get && get.hasItem()) {
			this.itemsRead.incrementAndGet();
		}
	}

	/** Requests sent so far. */
	public long requests() {
		return this.requests.get();
	}

	/** Items read so far. */
	public long itemsRead() {
		return this.itemsRead.get();
	}
}

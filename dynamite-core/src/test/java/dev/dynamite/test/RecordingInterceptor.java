package dev.dynamite.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records every DynamoDB request a client sends (after retries are decided, one entry per attempt is not
 * recorded: one entry per API call), so tests can assert the request plan.
 */
public final class RecordingInterceptor implements ExecutionInterceptor {

	private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
		this.requests.add(context.request());
	}

	/** All requests since the last {@link #clear()}. */
	public List<SdkRequest> requests() {
		return new ArrayList<>(this.requests);
	}

	/** The requests of one type since the last {@link #clear()}. */
	public <R extends SdkRequest> List<R> requests(Class<R> type) {
		return this.requests.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The simple class names of the requests, e.g. {@code [GetItemRequest]}. */
	public List<String> names() {
		return this.requests.stream().map(r -> r.getClass().getSimpleName().replace("Request", "")).toList();
	}

	/** Forgets the recorded requests. */
	public void clear() {
		this.requests.clear();
	}
}

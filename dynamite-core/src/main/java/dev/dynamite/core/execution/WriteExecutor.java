package dev.dynamite.core.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Runs {@link WritePlan}s on a transport: single-item writes with their condition failures reported as the plan says,
 * batches through the {@link BatchWriter}, transactions, and writes to the items a read finds. SDK errors come back
 * translated.
 */
public final class WriteExecutor {

	private final DynamoDbTransport transport;

	private final ReadExecutor reads;

	private final BatchWriter batches;

	private final Failures failures;

	/**
	 * @param transport the transport
	 * @param reads runs the reads of writes by filter
	 * @param retryPolicy how unprocessed batch items are retried
	 * @param batchParallelism how many BatchWriteItem requests one bulk write has in flight at once
	 * @param failures translates SDK errors
	 */
	public WriteExecutor(DynamoDbTransport transport, ReadExecutor reads, BatchRetryPolicy retryPolicy,
			int batchParallelism, Failures failures) {
		this.transport = transport;
		this.reads = reads;
		this.batches = new BatchWriter(transport, retryPolicy, batchParallelism);
		this.failures = failures;
	}

	/**
	 * Runs the plan; completes with how many items were written and, for an update that asked, the stored item.
	 * @param plan the plan
	 * @return a future of the outcome
	 */
	public CompletableFuture<Outcome> execute(WritePlan plan) {
		if (plan instanceof WritePlan.Put put) {
			return single(this.transport.putItem(RequestFactory.put(put)).thenApply(response -> Outcome.ONE),
					put.onFailure(), put.entity().getTableName());
		}
		if (plan instanceof WritePlan.Update update) {
			return single(this.transport.updateItem(RequestFactory.update(update))
				.thenApply(response -> new Outcome(1, update.returnNew() ? response.attributes() : null)),
					update.onFailure(), update.entity().getTableName());
		}
		if (plan instanceof WritePlan.Delete delete) {
			return single(this.transport.deleteItem(RequestFactory.delete(delete))
				.thenApply(response -> !delete.returnOld() || (response.hasAttributes() && !response.attributes().isEmpty())
						? Outcome.ONE : Outcome.NONE), delete.onFailure(), delete.entity().getTableName());
		}
		if (plan instanceof WritePlan.BatchWrite batch) {
			return this.failures.translated(this.batches.write(batch.table(), RequestFactory.writeRequests(batch)),
					batch.table()).thenApply(Outcome::new);
		}
		if (plan instanceof WritePlan.Transaction transaction) {
			if (transaction.actions().isEmpty()) {
				return CompletableFuture.completedFuture(Outcome.NONE);
			}
			return this.failures.translated(this.transport.transactWriteItems(RequestFactory.transaction(transaction)),
					(String) null).thenApply(response -> new Outcome(transaction.actions().size()));
		}
		if (plan instanceof WritePlan.Each each) {
			return RequestSequence.run(new EachWrite(each.writes()));
		}
		if (plan instanceof WritePlan.ForMatches matches) {
			return this.reads.list(matches.targets()).thenCompose(keys -> execute(matches.writes().apply(keys)));
		}
		throw new IllegalArgumentException("Not a write plan the executor runs: " + plan);
	}

	private CompletableFuture<Outcome> single(CompletableFuture<Outcome> write, WritePlan.OnConditionFailure onFailure,
			String table) {
		return write.handle((outcome, failure) -> {
			if (failure == null) {
				return outcome;
			}
			Throwable cause = RequestSequence.unwrap(failure);
			if (cause instanceof ConditionalCheckFailedException conditionFailed) {
				RuntimeException reported = Failures.conditionFailed(onFailure, conditionFailed);
				if (reported == null) {
					return Outcome.NONE;
				}
				throw new CompletionException(reported);
			}
			throw new CompletionException(this.failures.translate(cause, table));
		});
	}

	/** Writes one after another, their counts added up. */
	private final class EachWrite implements RequestSequence<Outcome> {

		private final List<WritePlan> writes;

		private int next;

		private long written;

		EachWrite(List<WritePlan> writes) {
			this.writes = writes;
		}

		@Override
		public @Nullable CompletableFuture<?> next() {
			if (this.next >= this.writes.size()) {
				return null;
			}
			return execute(this.writes.get(this.next++)).thenAccept(outcome -> this.written += outcome.written());
		}

		@Override
		public Outcome result() {
			return new Outcome(this.written);
		}
	}

	/**
	 * What a write did.
	 * @param written how many items were written
	 * @param item the item as stored, for an update that asked for it
	 */
	public record Outcome(long written, @Nullable Map<String, AttributeValue> item) {

		static final Outcome NONE = new Outcome(0);

		static final Outcome ONE = new Outcome(1);

		Outcome(long written) {
			this(written, null);
		}
	}
}

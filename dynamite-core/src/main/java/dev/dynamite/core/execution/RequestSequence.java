package dev.dynamite.core.execution;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;

/**
 * Requests sent one after another, each chosen from the answers before it: the pages of a read, the retries of a
 * batch. One loop ({@link #run}) drives every sequence on both transports.
 *
 * @param <R> the result
 */
public interface RequestSequence<R> {

	/**
	 * Sends the next request and returns a future that completes once its answer is taken in, or {@code null} when
	 * nothing is left to send.
	 * @return a future of the ?
	 */
	@Nullable CompletableFuture<?> next();

	/**
	 * The result, once {@link #next()} returned {@code null}.
	 * @return the result, once {@link #next()} returned {@code null}
	 */
	R result();

	/**
	 * Runs the sequence to its end. Steps that complete at once (the sync transport) run in a loop on the calling
	 * thread, so the stack does not grow with the number of pages; others continue on the thread that completes them.
	 * @param <R> the result type
	 * @param sequence the sequence
	 * @return a future of the r
	 */
	static <R> CompletableFuture<R> run(RequestSequence<R> sequence) {
		CompletableFuture<R> done = new CompletableFuture<>();
		drive(sequence, done);
		return done;
	}

	private static <R> void drive(RequestSequence<R> sequence, CompletableFuture<R> done) {
		try {
			while (true) {
				CompletableFuture<?> step = sequence.next();
				if (step == null) {
					done.complete(sequence.result());
					return;
				}
				if (!step.isDone()) {
					step.whenComplete((ignored, failure) -> {
						if (failure != null) {
							done.completeExceptionally(unwrap(failure));
						}
						else {
							drive(sequence, done);
						}
					});
					return;
				}
				step.join();
			}
		}
		catch (Throwable failure) {
			done.completeExceptionally(unwrap(failure));
		}
	}

	/**
	 * The cause of a {@link CompletionException} or {@link ExecutionException}, else the throwable itself.
	 * @param failure the failure
	 * @return the cause of a {@link CompletionException} or {@link ExecutionException}, else the throwable itself
	 */
	static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}
}

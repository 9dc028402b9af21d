package dev.dynamite.core.execution;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a read as a Reactive Streams {@link Publisher}: each subscriber gets its own {@link PageCursor}, and a
 * page is fetched only when the items already fetched cannot meet the demand. Cold; one page in flight at a time.
 *
 * @param <T> the entity type
 */
public final class ItemPublisher<T> implements Publisher<T> {

	private final Supplier<PageCursor> cursors;

	private final Function<Map<String, AttributeValue>, T> reader;

	/**
	 * @param cursors a new cursor for each subscriber
	 * @param reader turns an item into an entity
	 */
	public ItemPublisher(Supplier<PageCursor> cursors, Function<Map<String, AttributeValue>, T> reader) {
		this.cursors = cursors;
		this.reader = reader;
	}

	@Override
	public void subscribe(Subscriber<? super T> subscriber) {
		Objects.requireNonNull(subscriber, "Subscriber must not be null");
		PageCursor cursor;
		try {
			cursor = this.cursors.get();
		}
		catch (RuntimeException ex) {
			subscriber.onSubscribe(new Subscription() {

				@Override
				public void request(long n) {
				}

				@Override
				public void cancel() {
				}
			});
			subscriber.onError(ex);
			return;
		}
		PageSubscription<T> subscription = new PageSubscription<>(subscriber, cursor, this.reader);
		subscriber.onSubscribe(subscription);
		subscription.drain();
	}

	/** Serves one subscriber: all signals come from {@link #drain}, which runs on one thread at a time. */
	private static final class PageSubscription<T> implements Subscription {

		private final Subscriber<? super T> subscriber;

		private final PageCursor cursor;

		private final Function<Map<String, AttributeValue>, T> reader;

		private final AtomicLong requested = new AtomicLong();

		private final AtomicInteger work = new AtomicInteger();

		/** A page (List) or a failure (Throwable) that arrived, taken in by the drain loop. */
		private final AtomicReference<@Nullable Object> arrived = new AtomicReference<>();

		private final ArrayDeque<Map<String, AttributeValue>> buffer = new ArrayDeque<>();

		private volatile boolean cancelled;

		private volatile @Nullable Throwable badRequest;

		private boolean fetching;

		private boolean exhausted;

		private boolean terminated;

		private @Nullable Throwable failure;

		PageSubscription(Subscriber<? super T> subscriber, PageCursor cursor,
				Function<Map<String, AttributeValue>, T> reader) {
			this.subscriber = subscriber;
			this.cursor = cursor;
			this.reader = reader;
		}

		@Override
		public void request(long n) {
			if (n <= 0) {
				this.badRequest = new IllegalArgumentException("Rule 3.9: request(n) needs n > 0, was " + n);
			}
			else {
				this.requested.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
			}
			drain();
		}

		@Override
		public void cancel() {
			this.cancelled = true;
		}

		@SuppressWarnings("unchecked")
		void drain() {
			if (this.work.getAndIncrement() != 0) {
				return;
			}
			do {
				Throwable bad = this.badRequest;
				if (bad != null && !this.terminated) {
					terminate(bad);
					this.cancelled = true;
				}
				Object arrival = this.arrived.getAndSet(null);
				if (arrival instanceof Throwable error) {
					this.fetching = false;
					this.exhausted = true;
					this.buffer.clear();
					this.failure = error;
				}
				else if (arrival != null) {
					this.fetching = false;
					this.buffer.addAll((List<Map<String, AttributeValue>>) arrival);
				}
				while (!this.cancelled && !this.terminated && this.requested.get() > 0 && !this.buffer.isEmpty()) {
					T entity;
					try {
						entity = this.reader.apply(this.buffer.poll());
					}
					catch (RuntimeException ex) {
						terminate(ex);
						break;
					}
					this.requested.decrementAndGet();
					this.subscriber.onNext(entity);
				}
				if (this.cancelled) {
					this.buffer.clear();
				}
				else if (!this.terminated && this.buffer.isEmpty() && this.exhausted && !this.fetching) {
					terminate(this.failure);
				}
				else if (!this.terminated && this.buffer.isEmpty() && !this.fetching && this.requested.get() > 0) {
					fetch();
				}
			}
			while (this.work.decrementAndGet() != 0);
		}

		private void fetch() {
			CompletableFuture<List<Map<String, AttributeValue>>> page;
			try {
				page = this.cursor.fetch();
			}
			catch (RuntimeException ex) {
				page = CompletableFuture.failedFuture(ex);
			}
			if (page == null) {
				this.exhausted = true;
				// the loop runs again: terminate there
				this.work.incrementAndGet();
				return;
			}
			this.fetching = true;
			page.whenComplete((items, error) -> {
				this.arrived.set(error != null ? RequestSequence.unwrap(error) : items);
				drain();
			});
		}

		private void terminate(@Nullable Throwable error) {
			this.terminated = true;
			this.buffer.clear();
			if (error != null) {
				this.subscriber.onError(error);
			}
			else {
				this.subscriber.onComplete();
			}
		}
	}
}

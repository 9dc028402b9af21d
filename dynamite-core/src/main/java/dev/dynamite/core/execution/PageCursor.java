package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.plan.ReadPlan;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A read fetched page by page on demand, with the plan's skip and limit (not its order): the source of the sync
 * template's lazy {@code Stream} and of the async template's {@code Publisher}. Not thread-safe: one page at a time.
 */
public final class PageCursor {

	private final ReadPlan plan;

	private final ItemPages pages;

	private final Failures failures;

	private long toSkip;

	private long left;

	PageCursor(ReadPlan plan, ItemPages pages, Failures failures) {
		this.plan = plan;
		this.pages = pages;
		this.failures = failures;
		this.toSkip = plan.skip();
		this.left = plan.limit() == null ? Long.MAX_VALUE : plan.limit();
	}

	/**
	 * Fetches the next page: its items after skip and limit, possibly none; {@code null} once nothing is left to
	 * read.
	 * @return a future of the items
	 */
	public @Nullable CompletableFuture<List<Map<String, AttributeValue>>> fetch() {
		if (this.left <= 0) {
			return null;
		}
		CompletableFuture<?> step = this.pages.next();
		if (step == null) {
			return null;
		}
		return this.failures.translated(step, this.plan).thenApply(ignored -> shape(this.pages.take()));
	}

	private List<Map<String, AttributeValue>> shape(List<Map<String, AttributeValue>> page) {
		List<Map<String, AttributeValue>> result = new ArrayList<>(page.size());
		for (Map<String, AttributeValue> item : page) {
			if (this.toSkip > 0) {
				this.toSkip--;
			}
			else if (this.left > 0) {
				this.left--;
				result.add(ResultShaper.trim(item, this.plan.keep()));
			}
		}
		return result;
	}

	/**
	 * The items one by one, each page fetched on the calling thread when the one before is used up.
	 * @return the items one by one, each page fetched on the calling thread when the one before is used up
	 */
	public Iterator<Map<String, AttributeValue>> blockingIterator() {
		return new Iterator<>() {

			private Iterator<Map<String, AttributeValue>> page = List.<Map<String, AttributeValue>>of().iterator();

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext()) {
					CompletableFuture<List<Map<String, AttributeValue>>> next = fetch();
					if (next == null) {
						return false;
					}
					this.page = Failures.join(next).iterator();
				}
				return true;
			}

			@Override
			public Map<String, AttributeValue> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}
		};
	}
}

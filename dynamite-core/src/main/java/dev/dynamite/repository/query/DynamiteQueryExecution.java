package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Window;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.KeysetPage;
import dev.dynamite.core.QueryOptions;

/**
 * How a derived query runs for each result shape; every shape is one call (or two, for a {@link org.springframework.data.domain.Page}
 * and its count) of {@link DynamiteOperations}, so every read goes through the planner.
 */
@FunctionalInterface
interface DynamiteQueryExecution {

	/** Runs the query and returns the raw result (entities, before projection). */
	@Nullable Object execute(Filter filter, QueryOptions options);

	/** All matches as a List. */
	static DynamiteQueryExecution collection(DynamiteOperations operations, Class<?> type) {
		return (filter, options) -> operations.where(type, filter, options);
	}

	/** One match or {@code null}; more than one match of a non-limiting query is an error. */
	static DynamiteQueryExecution single(DynamiteOperations operations, Class<?> type, boolean limiting) {
		return (filter, options) -> {
			List<?> found = operations.where(type, filter, limiting ? options : options.withLimit(2));
			if (!limiting && found.size() > 1) {
				throw new IncorrectResultSizeDataAccessException(
						"Query on %s returned more than one result for %s".formatted(type.getSimpleName(), filter), 1);
			}
			return found.isEmpty() ? null : found.get(0);
		};
	}

	/** A lazy stream in DynamoDB's order. */
	static DynamiteQueryExecution stream(DynamiteOperations operations, Class<?> type) {
		return (filter, options) -> operations.stream(type, filter, options);
	}

	/**
	 * A page of the Pageable, with the total: from the read itself when it read every match, else counted only when
	 * the page does not tell it.
	 */
	static DynamiteQueryExecution page(DynamiteOperations operations, Class<?> type, Pageable pageable) {
		return (filter, options) -> operations.findPage(type, filter,
				options.toBuilder().skip(0).limit(null).build(), pageable);
	}

	/** A slice of the Pageable: reads one item more than the page size to know whether another slice follows. */
	static DynamiteQueryExecution slice(DynamiteOperations operations, Class<?> type, Pageable pageable) {
		return (filter, options) -> {
			Integer size = options.limit();
			List<Object> content = new ArrayList<>(
					operations.where(type, filter, size == null ? options : options.withLimit(size + 1)));
			boolean hasNext = size != null && content.size() > size;
			return new SliceImpl<>(hasNext ? content.subList(0, size) : content, pageable, hasNext);
		};
	}

	/**
	 * A window after the scroll position: a keyset position carries DynamoDB's {@code ExclusiveStartKey}, so no
	 * item is read twice; an offset position skips (and reads) the items before it.
	 */
	static DynamiteQueryExecution window(DynamiteOperations operations, Class<?> type,
			@Nullable ScrollPosition position) {
		return (filter, options) -> {
			if (position instanceof OffsetScrollPosition offset) {
				Integer size = options.limit();
				QueryOptions page = options.toBuilder()
					.skip(Math.toIntExact(offset.getOffset()))
					.limit(size == null ? null : size + 1)
					.build();
				List<Object> content = new ArrayList<>(operations.where(type, filter, page));
				boolean hasNext = size != null && content.size() > size;
				return Window.from(hasNext ? content.subList(0, size) : content, offset.positionFunction(), hasNext);
			}
			KeysetScrollPosition keyset = (KeysetScrollPosition) position;
			if (keyset != null && keyset.scrollsBackward()) {
				throw new InvalidDataAccessApiUsageException("Dynamite scrolls forward only (DynamoDB's "
						+ "ExclusiveStartKey); pass ScrollPosition.keyset() or a position of a previous window");
			}
			Map<String, Object> startAfter = (keyset == null || keyset.isInitial()) ? null
					: new LinkedHashMap<>(keyset.getKeys());
			KeysetPage<?> page = operations.scroll(type, filter, options, startAfter);
			List<Object> content = new ArrayList<>(page.content());
			Map<String, Object> next = page.nextKey();
			return Window.from(content, index -> {
				if (next == null || index != content.size() - 1) {
					throw new IllegalStateException(("A Dynamite window continues only after its last item "
							+ "(index %d), and only when hasNext(); asked for index %d")
						.formatted(content.size() - 1, index));
				}
				return ScrollPosition.forward(next);
			}, page.hasNext());
		};
	}

	/** The number of matches. */
	static DynamiteQueryExecution count(DynamiteOperations operations, Class<?> type) {
		return (filter, options) -> operations.count(type, filter);
	}

	/** Whether anything matches. */
	static DynamiteQueryExecution exists(DynamiteOperations operations, Class<?> type) {
		return (filter, options) -> operations.exists(type, filter);
	}

	/**
	 * Deletes the matches. A count result deletes by filter (keys read, batched deletes); a List result (or a
	 * limited delete) reads the entities first and deletes exactly those.
	 */
	static DynamiteQueryExecution delete(DynamiteOperations operations, Class<?> type, boolean returnsEntities,
			boolean limiting) {
		return (filter, options) -> {
			if (!returnsEntities && !limiting) {
				return operations.delete(type, filter);
			}
			List<?> found = operations.where(type, filter, options);
			operations.deleteAll(found);
			return returnsEntities ? found : (Object) (long) found.size();
		};
	}
}

package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.util.ClassUtils;

import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.plan.StatementBinder;

/**
 * A {@code @Query} method's PartiQL statement, checked against the method once (the number of {@code ?}s against its
 * bindable parameters, its return type against the statement's verb), and each call's arguments and read options.
 * Shared by the sync and the reactive string queries.
 */
public final class PartiqlMethod {

	private final String statement;

	private final boolean writes;

	private final QueryMethod method;

	/**
	 * @param method the query method
	 * @param description {@code Repository.method}, for messages
	 * @param statement the PartiQL statement
	 * @throws QueryCreationException naming the method when the statement does not fit it
	 */
	public PartiqlMethod(QueryMethod method, String description, String statement) {
		this.method = method;
		this.statement = statement.strip();
		this.writes = !this.statement.split("\\s+", 2)[0].toUpperCase(Locale.ROOT).equals("SELECT");
		if (this.statement.isEmpty()) {
			throw invalid(description, "the @Query statement is empty");
		}
		int placeholders = StatementBinder.parameterCount(this.statement);
		int bindable = method.getParameters().getBindableParameters().getNumberOfParameters();
		if (placeholders != bindable) {
			throw invalid(description, "the statement has %d parameter(s) (?) but the method binds %d argument(s): %s"
				.formatted(placeholders, bindable, this.statement));
		}
		if (method.getParameters().hasSortParameter()) {
			throw invalid(description, "a @Query method takes no Sort: write ORDER BY in the statement");
		}
		Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(method.getReturnedObjectType());
		if (this.writes && !(returned == void.class || returned == Void.class || returned == Long.class
				|| returned == Integer.class)) {
			throw invalid(description, "a statement that writes returns long, int or void, not "
					+ method.getReturnedObjectType().getName());
		}
		if (!this.writes && (method.isPageQuery() || method.isScrollQuery())) {
			throw invalid(description, "a @Query method returns List, Optional, the entity, Stream or Slice (a Page would "
					+ "need a second statement for the total)");
		}
	}

	private QueryCreationException invalid(String description, String reason) {
		return QueryCreationException.create(this.method, description + ": " + reason);
	}

	/**
	 * The statement.
	 * @return the statement
	 */
	public String statement() {
		return this.statement;
	}

	/**
	 * Whether the statement writes (INSERT, UPDATE, DELETE) rather than selects.
	 * @return whether the statement writes (INSERT, UPDATE, DELETE) rather than selects
	 */
	public boolean writes() {
		return this.writes;
	}

	/**
	 * The values bound to the {@code ?}s of one call, in order.
	 * @param accessor the accessor
	 * @return the values bound to the {@code ?}s of one call, in order
	 */
	public List<Object> values(ParameterAccessor accessor) {
		List<Object> values = new ArrayList<>();
		for (Parameter parameter : this.method.getParameters().getBindableParameters()) {
			values.add(accessor.getBindableValue(parameter.getIndex()));
		}
		return values;
	}

	/**
	 * Skip and limit of one call: a {@code Pageable} pages; a slice reads one item more, a single result two (to tell
	 * more than one).
	 * @param many whether the method returns many items (a collection, a stream, a {@code Flux})
	 * @param accessor the accessor
	 * @return the query options
	 */
	public QueryOptions options(ParameterAccessor accessor, boolean many) {
		Pageable pageable = accessor.getPageable();
		QueryOptions.Builder options = QueryOptions.builder().consistentRead(DynamiteQueryMethod.isConsistentRead(this.method))
			.include(DynamiteQueryMethod.includes(this.method));
		Integer size = pageSize(accessor);
		if (pageable.isPaged()) {
			options.skip(Math.toIntExact(pageable.getOffset()));
		}
		if (this.method.isSliceQuery()) {
			return options.limit(size == null ? null : size + 1).build();
		}
		return options.limit(many ? size : Integer.valueOf(2)).build();
	}

	/**
	 * The page size of a call's {@code Pageable}, or {@code null} when unpaged.
	 * @param accessor the accessor
	 * @return the page size of a call's {@code Pageable}, or {@code null} when unpaged
	 */
	public static @Nullable Integer pageSize(ParameterAccessor accessor) {
		return accessor.getPageable().isPaged() ? accessor.getPageable().getPageSize() : null;
	}

	/**
	 * A write's count as the method returns it: {@code int}, {@code long} or nothing.
	 * @param written the written
	 * @return a write's count as the method returns it
	 */
	public @Nullable Object written(long written) {
		Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(this.method.getReturnedObjectType());
		return returned == Integer.class ? (Object) (int) written : returned == Long.class ? written : null;
	}
}

package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.util.ClassUtils;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.plan.StatementBinder;
import dev.dynamite.repository.Query;

/**
 * A {@link Query @Query} method: a PartiQL statement whose {@code ?}s bind to the method's arguments. Checked when the
 * repository is created: the number of {@code ?}s must match the bindable parameters, and the return type must fit
 * the statement (entities for a SELECT, {@code long} or {@code void} for a write).
 */
public class StringBasedDynamiteQuery extends AbstractDynamiteQuery {

	private final String statement;

	private final boolean writes;

	/**
	 * @param method the query method
	 * @param repositoryInterface the repository declaring it (for error messages)
	 * @param operations the operations to run the statement with
	 * @param statement the PartiQL statement
	 * @throws QueryCreationException naming the method when the statement does not fit it
	 */
	public StringBasedDynamiteQuery(QueryMethod method, Class<?> repositoryInterface, DynamiteOperations operations,
			String statement) {
		super(method, repositoryInterface, operations);
		this.statement = statement.strip();
		String verb = this.statement.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
		this.writes = !verb.equals("SELECT");
		validate(method);
	}

	private void validate(QueryMethod method) {
		if (this.statement.isEmpty()) {
			throw invalid(method, "the @Query statement is empty");
		}
		int placeholders = StatementBinder.parameterCount(this.statement);
		int bindable = method.getParameters().getBindableParameters().getNumberOfParameters();
		if (placeholders != bindable) {
			throw invalid(method, "the statement has %d parameter(s) (?) but the method binds %d argument(s): %s"
				.formatted(placeholders, bindable, this.statement));
		}
		if (method.getParameters().hasSortParameter()) {
			throw invalid(method, "a @Query method takes no Sort: write ORDER BY in the statement");
		}
		Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(method.getReturnedObjectType());
		if (this.writes && !(returned == void.class || returned == Void.class || returned == Long.class
				|| returned == Integer.class)) {
			throw invalid(method, "a statement that writes returns long, int or void, not "
					+ method.getReturnedObjectType().getName());
		}
		if (!this.writes && (method.isPageQuery() || method.isScrollQuery())) {
			throw invalid(method, "a @Query method returns List, Optional, the entity, Stream or Slice (a Page would "
					+ "need a second statement for the total)");
		}
	}

	private QueryCreationException invalid(QueryMethod method, String reason) {
		return QueryCreationException.create(method, getDescription() + ": " + reason);
	}

	@Override
	protected @Nullable Object doExecute(ParametersParameterAccessor accessor, ReturnedType returnedType) {
		List<Object> values = new ArrayList<>();
		for (Parameter parameter : getQueryMethod().getParameters().getBindableParameters()) {
			values.add(accessor.getBindableValue(parameter.getIndex()));
		}
		DynamiteOperations operations = getOperations();
		if (this.writes) {
			long written = operations.executeUpdate(getDomainType(), this.statement, values.toArray());
			Class<?> returned = ClassUtils.resolvePrimitiveIfNecessary(getQueryMethod().getReturnedObjectType());
			return returned == Integer.class ? (Object) (int) written : returned == Long.class ? written : null;
		}
		QueryMethod method = getQueryMethod();
		Pageable pageable = accessor.getPageable();
		QueryOptions.Builder options = QueryOptions.builder();
		Integer size = null;
		if (pageable.isPaged()) {
			size = pageable.getPageSize();
			options.skip(Math.toIntExact(pageable.getOffset()));
		}
		if (method.isSliceQuery()) {
			options.limit(size == null ? null : size + 1);
		}
		else if (!method.isCollectionQuery() && !method.isStreamQuery()) {
			options.limit(2);
		}
		else {
			options.limit(size);
		}
		List<Object> found = new ArrayList<>(operations.execute(getDomainType(), this.statement, values, options.build()));
		if (method.isSliceQuery()) {
			boolean hasNext = size != null && found.size() > size;
			return new SliceImpl<>(hasNext ? found.subList(0, size) : found, pageable, hasNext);
		}
		if (method.isStreamQuery()) {
			return found.stream();
		}
		if (method.isCollectionQuery()) {
			return found;
		}
		if (found.size() > 1) {
			throw new IncorrectResultSizeDataAccessException("%s returned more than one result".formatted(getDescription()), 1);
		}
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	protected boolean isRawResult() {
		return this.writes;
	}
}

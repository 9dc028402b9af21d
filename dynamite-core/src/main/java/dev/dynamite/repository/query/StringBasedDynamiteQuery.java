package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.ReturnedType;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.repository.Query;

/**
 * A {@link Query @Query} method: a PartiQL statement whose {@code ?}s bind to the method's arguments. Checked when the
 * repository is created: the number of {@code ?}s must match the bindable parameters, and the return type must fit
 * the statement (entities for a SELECT, {@code long} or {@code void} for a write).
 */
public class StringBasedDynamiteQuery extends AbstractDynamiteQuery {

	private final PartiqlMethod statement;

	/**
	 * @param method the query method
	 * @param repositoryInterface the repository declaring it (for error messages)
	 * @param operations the operations to run the statement with
	 * @param statement the PartiQL statement
	 * @throws org.springframework.data.repository.query.QueryCreationException naming the method when the statement
	 * does not fit it
	 */
	public StringBasedDynamiteQuery(QueryMethod method, Class<?> repositoryInterface, DynamiteOperations operations,
			String statement) {
		super(method, repositoryInterface, operations);
		this.statement = new PartiqlMethod(method, getDescription(), statement);
	}

	@Override
	protected @Nullable Object doExecute(ParametersParameterAccessor accessor, ReturnedType returnedType) {
		List<Object> values = this.statement.values(accessor);
		DynamiteOperations operations = getOperations();
		if (this.statement.writes()) {
			return this.statement.written(operations.executeUpdate(getDomainType(), this.statement.statement(),
					values.toArray()));
		}
		QueryMethod method = getQueryMethod();
		boolean many = method.isCollectionQuery() || method.isStreamQuery();
		List<Object> found = new ArrayList<>(operations.execute(getDomainType(), this.statement.statement(), values,
				this.statement.options(accessor, many)));
		if (method.isSliceQuery()) {
			Integer size = PartiqlMethod.pageSize(accessor);
			boolean hasNext = size != null && found.size() > size;
			return new SliceImpl<>(hasNext ? found.subList(0, size) : found, accessor.getPageable(), hasNext);
		}
		if (method.isStreamQuery()) {
			return found.stream();
		}
		if (many) {
			return found;
		}
		if (found.size() > 1) {
			throw new IncorrectResultSizeDataAccessException("%s returned more than one result".formatted(getDescription()), 1);
		}
		return found.isEmpty() ? null : found.get(0);
	}

	@Override
	protected boolean isRawResult() {
		return this.statement.writes();
	}
}

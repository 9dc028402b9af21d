package dev.dynamite.repository.query;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.PartTree;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.QueryOptions;

/**
 * A derived query method ({@code findByRoleAndActive}, {@code findTop10ByRoleOrderByCreatedAtDesc},
 * {@code findLastByRole}, {@code countByRole}, ...): compiled once by {@link PartTreeCompilation}; each call runs its
 * {@link dev.dynamite.core.Filter} and {@link QueryOptions} through {@link DynamiteOperations}.
 */
public class PartTreeDynamiteQuery extends AbstractDynamiteQuery {

	private final PartTreeCompilation compilation;

	/**
	 * Parses and validates the method.
	 * @param method the query method
	 * @param repositoryInterface the repository declaring it (for error messages)
	 * @param operations the operations to run the query with
	 * @throws org.springframework.data.repository.query.QueryCreationException naming the method when a property,
	 * keyword or parameter is invalid
	 */
	public PartTreeDynamiteQuery(QueryMethod method, Class<?> repositoryInterface, DynamiteOperations operations) {
		super(method, repositoryInterface, operations);
		this.compilation = new PartTreeCompilation(method, getDescription(), operations.getMappingContext());
	}

	@Override
	protected @Nullable Object doExecute(ParametersParameterAccessor accessor, ReturnedType returnedType) {
		DerivedQuery query = this.compilation.createQuery(accessor);
		QueryOptions options = this.compilation.createOptions(query.sort(), accessor, returnedType);
		return execution(accessor).execute(query.filter(), options);
	}

	@Override
	protected boolean isRawResult() {
		return this.compilation.isRawResult();
	}

	private DynamiteQueryExecution execution(ParameterAccessor accessor) {
		boolean limiting = this.compilation.isLimiting(accessor);
		DynamiteOperations operations = getOperations();
		Class<?> domainType = getDomainType();
		PartTree tree = this.compilation.tree();
		QueryMethod method = getQueryMethod();
		if (tree.isDelete()) {
			return DynamiteQueryExecution.delete(operations, domainType, method.isCollectionQuery(),
					limiting);
		}
		if (tree.isCountProjection()) {
			return DynamiteQueryExecution.count(operations, domainType);
		}
		if (tree.isExistsProjection()) {
			return DynamiteQueryExecution.exists(operations, domainType);
		}
		if (method.isStreamQuery()) {
			return DynamiteQueryExecution.stream(operations, domainType);
		}
		if (method.isScrollQuery()) {
			ScrollPosition position = accessor.getScrollPosition();
			return DynamiteQueryExecution.window(operations, domainType, position);
		}
		if (method.isPageQuery()) {
			return DynamiteQueryExecution.page(operations, domainType, accessor.getPageable());
		}
		if (method.isSliceQuery()) {
			return DynamiteQueryExecution.slice(operations, domainType, accessor.getPageable());
		}
		if (method.isCollectionQuery()) {
			return DynamiteQueryExecution.collection(operations, domainType);
		}
		return DynamiteQueryExecution.single(operations, domainType, limiting);
	}
}

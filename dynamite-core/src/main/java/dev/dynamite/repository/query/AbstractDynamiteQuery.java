package dev.dynamite.repository.query;

import org.jspecify.annotations.Nullable;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.util.Assert;

import dev.dynamite.core.DynamiteOperations;

/**
 * The base of Dynamite's repository queries: it binds a call's arguments, lets the kind of query run it, and turns
 * the entities read into the method's return type (projections included). Its two kinds are
 * {@link PartTreeDynamiteQuery} (derived from the method name) and {@link StringBasedDynamiteQuery} ({@code @Query}
 * PartiQL).
 */
public abstract class AbstractDynamiteQuery implements RepositoryQuery {

	private final QueryMethod method;

	private final DynamiteOperations operations;

	private final String description;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	/**
	 * @param method the query method
	 * @param repositoryInterface the repository declaring it (for messages)
	 * @param operations the operations the query runs with
	 */
	protected AbstractDynamiteQuery(QueryMethod method, Class<?> repositoryInterface, DynamiteOperations operations) {
		Assert.notNull(method, "QueryMethod must not be null");
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.method = method;
		this.operations = operations;
		this.description = repositoryInterface.getSimpleName() + "." + method.getName();
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		Object result = doExecute(accessor, processor.getReturnedType());
		if (isRawResult()) {
			return result;
		}
		ReturnedType returnedType = processor.getReturnedType();
		if (returnedType.isDtoProjection() && returnedType.needsCustomConstruction()) {
			return processor.processResult(result, new DtoInstantiatingConverter(returnedType.getReturnedType(),
					this.operations.getMappingContext(), this.instantiators));
		}
		return processor.processResult(result);
	}

	/**
	 * Runs the query for one call and returns the entities (or count) it read.
	 * @param accessor the accessor
	 * @param returnedType the type the method returns
	 * @return the object
	 */
	protected abstract @Nullable Object doExecute(ParametersParameterAccessor accessor, ReturnedType returnedType);

	/**
	 * Whether the result is returned as it is (a count, a flag, a number of writes), not as entities.
	 * @return whether the result is returned as it is (a count, a flag, a number of writes), not as entities
	 */
	protected abstract boolean isRawResult();

	@Override
	public QueryMethod getQueryMethod() {
		return this.method;
	}

	/**
	 * The operations the query runs with.
	 * @return the operations the query runs with
	 */
	protected DynamiteOperations getOperations() {
		return this.operations;
	}

	/**
	 * {@code Repository.method}, for messages.
	 * @return the repository and method name
	 */
	protected String getDescription() {
		return this.description;
	}

	/**
	 * The entity type the repository manages.
	 * @return the entity type the repository manages
	 */
	protected Class<?> getDomainType() {
		return this.method.getEntityInformation().getJavaType();
	}
}

package dev.dynamite.repository.query;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.convert.DtoInstantiatingConverter;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.mapping.DynamitePersistentProperty;

/**
 * A derived query method ({@code findByRoleAndActive}, {@code findTop10ByRoleOrderByCreatedAtDesc},
 * {@code findLastByRole}, {@code countByRole}, ...): the method name is parsed and validated once, when the
 * repository is created; each call compiles its arguments into a {@link Filter} and {@link QueryOptions} and runs
 * them through {@link DynamiteOperations}.
 */
public class PartTreeDynamiteQuery implements RepositoryQuery {

	private final QueryMethod method;

	private final DynamiteOperations operations;

	private final Class<?> domainType;

	private final String description;

	private final PropertyNameResolver resolver;

	private final DerivedMethodName name;

	private final PartTree tree;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	/**
	 * Parses and validates the method.
	 * @param method the query method
	 * @param repositoryInterface the repository declaring it (for error messages)
	 * @param operations the operations to run the query with
	 * @throws QueryCreationException naming the method when a property, keyword or parameter is invalid
	 */
	public PartTreeDynamiteQuery(QueryMethod method, Class<?> repositoryInterface, DynamiteOperations operations) {
		Assert.notNull(method, "QueryMethod must not be null");
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.method = method;
		this.operations = operations;
		this.domainType = method.getEntityInformation().getJavaType();
		this.description = repositoryInterface.getSimpleName() + "." + method.getName();
		this.resolver = new PropertyNameResolver(
				operations.getMappingContext().getRequiredPersistentEntity(this.domainType));
		try {
			this.name = DerivedMethodName.parse(method.getName(), this.resolver);
			this.tree = new PartTree(this.name.treeSource(), this.domainType);
		}
		catch (PropertyReferenceException ex) {
			throw QueryCreationException.create(method, "%s: no property '%s' on entity %s; known fields: %s"
				.formatted(this.description, ex.getPropertyName(), this.domainType.getSimpleName(),
						this.resolver.getEntity().fieldNames()), ex);
		}
		catch (IllegalArgumentException ex) {
			throw QueryCreationException.create(method, this.description + ": " + ex.getMessage(), ex);
		}
		validate();
	}

	private void validate() {
		int arguments = 0;
		for (Part part : this.tree.getParts()) {
			if (part.getProperty().hasNext()) {
				throw invalid("nested property '%s' is not supported; query a top-level field"
					.formatted(part.getProperty().toDotPath()));
			}
			if (part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER) {
				throw invalid("IgnoreCase on '%s' is not supported: DynamoDB compares strings case-sensitively"
					.formatted(part.getProperty().getSegment()));
			}
			arguments += part.getNumberOfArguments();
		}
		int declared = this.method.getParameters().getBindableParameters().getNumberOfParameters();
		if (arguments != declared) {
			throw invalid("the method name needs %d argument(s) but the method declares %d"
				.formatted(arguments, declared));
		}
		if (this.tree.isDelete() && !isDeleteResult(this.method.getReturnedObjectType())) {
			throw invalid("a delete method returns void, a number or a List of the entity");
		}
		try {
			// compile once with placeholders: an unsupported keyword fails here, at start-up
			new DynamiteQueryCreator(this.tree, new PlaceholderAccessor(), this.description).createQuery();
		}
		catch (InvalidDataAccessApiUsageException ex) {
			throw QueryCreationException.create(this.method, ex.getMessage(), ex);
		}
	}

	private boolean isDeleteResult(Class<?> type) {
		Class<?> wrapper = ClassUtils.resolvePrimitiveIfNecessary(type);
		return type == void.class || wrapper == Void.class || Number.class.isAssignableFrom(wrapper) || this.method.isCollectionQuery()
				|| type.isAssignableFrom(this.domainType);
	}

	private QueryCreationException invalid(String reason) {
		return QueryCreationException.create(this.method, this.description + ": " + reason);
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		DerivedQuery query = createQuery(accessor);
		QueryOptions options = createOptions(query.sort(), accessor, processor.getReturnedType());
		Object result = execution(accessor).execute(query.filter(), options);
		if (this.tree.isCountProjection() || this.tree.isExistsProjection()
				|| (this.tree.isDelete() && !this.method.isCollectionQuery())) {
			return result;
		}
		ReturnedType returnedType = processor.getReturnedType();
		if (returnedType.isDtoProjection() && returnedType.needsCustomConstruction()) {
			return processor.processResult(result, new DtoInstantiatingConverter(returnedType.getReturnedType(),
					this.operations.getMappingContext(), this.instantiators));
		}
		return processor.processResult(result);
	}

	/** The filter and dynamic sort of a call. */
	DerivedQuery createQuery(ParameterAccessor accessor) {
		return new DynamiteQueryCreator(this.tree, accessor, this.description).createQuery();
	}

	/** The read options of a call: sort, limit (First/Top/Last/Limit/Pageable), skip and projected attributes. */
	QueryOptions createOptions(Sort dynamicSort, ParameterAccessor accessor, ReturnedType returnedType) {
		QueryOptions.Builder builder = QueryOptions.builder().sort(this.name.orderBy().and(this.resolver.resolve(dynamicSort)));
		Integer limit = this.name.last() ? Integer.valueOf(this.name.lastCount())
				: (this.tree.isLimiting() ? this.tree.getMaxResults() : null);
		Limit limitArgument = accessor.getLimit();
		if (limitArgument.isLimited()) {
			limit = min(limit, limitArgument.max());
		}
		Pageable pageable = accessor.getPageable();
		if (pageable.isPaged()) {
			builder.skip(Math.toIntExact(pageable.getOffset()));
			limit = min(limit, pageable.getPageSize());
		}
		QueryOptions options = builder.limit(limit).attributes(attributes(returnedType)).build();
		return this.name.last() ? options.reversed() : options;
	}

	private static Integer min(@Nullable Integer limit, int other) {
		return limit == null ? other : Math.min(limit, other);
	}

	private List<String> attributes(ReturnedType returnedType) {
		if (!returnedType.isProjecting() || !(returnedType.isInterfaceProjection() || returnedType.isDtoProjection())) {
			return List.of();
		}
		return returnedType.getInputProperties()
			.stream()
			.map(this.resolver::find)
			.filter(Objects::nonNull)
			.map(DynamitePersistentProperty::getName)
			.distinct()
			.toList();
	}

	private DynamiteQueryExecution execution(ParameterAccessor accessor) {
		boolean limiting = this.tree.isLimiting() || this.name.last() || accessor.getLimit().isLimited();
		if (this.tree.isDelete()) {
			return DynamiteQueryExecution.delete(this.operations, this.domainType, this.method.isCollectionQuery(),
					limiting);
		}
		if (this.tree.isCountProjection()) {
			return DynamiteQueryExecution.count(this.operations, this.domainType);
		}
		if (this.tree.isExistsProjection()) {
			return DynamiteQueryExecution.exists(this.operations, this.domainType);
		}
		if (this.method.isStreamQuery()) {
			return DynamiteQueryExecution.stream(this.operations, this.domainType);
		}
		if (this.method.isScrollQuery()) {
			ScrollPosition position = accessor.getScrollPosition();
			return DynamiteQueryExecution.window(this.operations, this.domainType, position);
		}
		if (this.method.isPageQuery()) {
			return DynamiteQueryExecution.page(this.operations, this.domainType, accessor.getPageable());
		}
		if (this.method.isSliceQuery()) {
			return DynamiteQueryExecution.slice(this.operations, this.domainType, accessor.getPageable());
		}
		if (this.method.isCollectionQuery()) {
			return DynamiteQueryExecution.collection(this.operations, this.domainType);
		}
		return DynamiteQueryExecution.single(this.operations, this.domainType, limiting);
	}

	@Override
	public QueryMethod getQueryMethod() {
		return this.method;
	}

	/** Feeds non-null placeholder values to the query creator, to validate a method at start-up. */
	private static final class PlaceholderAccessor implements ParameterAccessor {

		@Override
		public @Nullable ScrollPosition getScrollPosition() {
			return null;
		}

		@Override
		public Pageable getPageable() {
			return Pageable.unpaged();
		}

		@Override
		public Sort getSort() {
			return Sort.unsorted();
		}

		@Override
		public @Nullable Class<?> findDynamicProjection() {
			return null;
		}

		@Override
		public Object getBindableValue(int index) {
			return "placeholder";
		}

		@Override
		public boolean hasBindableNullValue() {
			return false;
		}

		@Override
		public Iterator<Object> iterator() {
			return Stream.generate(() -> (Object) "placeholder").iterator();
		}
	}
}

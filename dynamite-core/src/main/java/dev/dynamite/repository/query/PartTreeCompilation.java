package dev.dynamite.repository.query;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.util.ClassUtils;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentProperty;

/**
 * A derived query method compiled: its name is parsed and validated once, when the repository is created (a property,
 * keyword or parameter count that does not fit fails then, naming the method); each call's arguments become a
 * {@link Filter} and {@link QueryOptions}. Shared by the sync and the reactive derived queries.
 */
public final class PartTreeCompilation {

	private final QueryMethod method;

	private final Class<?> domainType;

	private final String description;

	private final PropertyNameResolver resolver;

	private final DerivedMethodName name;

	private final PartTree tree;

	/**
	 * Parses and validates the method.
	 * @param method the query method
	 * @param description {@code Repository.method}, for messages
	 * @param mappingContext the mapping metadata
	 * @throws QueryCreationException naming the method when a property, keyword or parameter is invalid
	 */
	public PartTreeCompilation(QueryMethod method, String description, DynamiteMappingContext mappingContext) {
		this.method = method;
		this.domainType = method.getEntityInformation().getJavaType();
		this.description = description;
		this.resolver = new PropertyNameResolver(mappingContext.getRequiredPersistentEntity(this.domainType));
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

	/**
	 * The parsed name.
	 * @return the parsed name
	 */
	public PartTree tree() {
		return this.tree;
	}

	/**
	 * Whether a call reads a bounded number of items (First/Top/Last, a {@code Limit} argument).
	 * @param accessor the accessor
	 * @return whether a call reads a bounded number of items (First/Top/Last, a {@code Limit} argument)
	 */
	public boolean isLimiting(ParameterAccessor accessor) {
		return this.tree.isLimiting() || this.name.last() || accessor.getLimit().isLimited();
	}

	/**
	 * Whether the result is a count, a flag or a number of deletes, not entities.
	 * @return whether the result is a count, a flag or a number of deletes, not entities
	 */
	public boolean isRawResult() {
		return this.tree.isCountProjection() || this.tree.isExistsProjection()
				|| (this.tree.isDelete() && !this.method.isCollectionQuery());
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

	/**
	 * The filter and dynamic sort of a call.
	 * @param accessor the accessor
	 * @return the filter and dynamic sort of a call
	 */
	public DerivedQuery createQuery(ParameterAccessor accessor) {
		return new DynamiteQueryCreator(this.tree, accessor, this.description).createQuery();
	}

	/**
	 * The read options of a call: sort, limit (First/Top/Last/Limit/Pageable), skip, projected attributes and
	 * consistency ({@link dev.dynamite.repository.ConsistentRead @ConsistentRead}).
	 * @param dynamicSort the dynamic sort
	 * @param accessor the accessor
	 * @param returnedType the type the method returns
	 * @return the read options of a call
	 */
	public QueryOptions createOptions(Sort dynamicSort, ParameterAccessor accessor, ReturnedType returnedType) {
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
		QueryOptions options = builder.limit(limit)
			.attributes(attributes(returnedType))
			.consistentRead(DynamiteQueryMethod.isConsistentRead(this.method))
			.include(DynamiteQueryMethod.includes(this.method))
			.build();
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

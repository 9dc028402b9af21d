package dev.dynamite.repository.support;

import java.lang.reflect.Method;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.Assert;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.repository.Query;
import dev.dynamite.repository.query.DynamiteQueryMethod;
import dev.dynamite.repository.query.PartTreeDynamiteQuery;
import dev.dynamite.repository.query.StringBasedDynamiteQuery;

/**
 * Creates Dynamite repositories: a {@link SimpleDynamiteRepository} for the CRUD methods and a
 * {@link PartTreeDynamiteQuery} per derived query method, all on one {@link DynamiteOperations}. Works without
 * Spring: {@code new DynamiteRepositoryFactory(operations).getRepository(UserRepository.class)}.
 */
public class DynamiteRepositoryFactory extends RepositoryFactorySupport {

	private final DynamiteOperations operations;

	/**
	 * A factory of repositories backed by the given operations.
	 * @param operations the operations
	 */
	public DynamiteRepositoryFactory(DynamiteOperations operations) {
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.operations = operations;
	}

	@Override
	public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		return RepositoryEntities.information(this.operations.getMappingContext(), domainClass);
	}

	@Override
	public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
		return getEntityInformation(metadata.getDomainType());
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		return getTargetRepositoryViaReflection(information, getEntityInformation(information), this.operations);
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleDynamiteRepository.class;
	}

	@Override
	protected void validate(RepositoryMetadata metadata) {
		super.validate(metadata);
		RepositoryEntities.validate(metadata, this.operations.getMappingContext());
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(this::resolveQuery);
	}

	/** A method with {@link Query @Query} runs its PartiQL statement; every other query method is derived. */
	private RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
			NamedQueries namedQueries) {
		QueryMethod queryMethod = new DynamiteQueryMethod(method, metadata, factory);
		Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
		if (query != null) {
			return new StringBasedDynamiteQuery(queryMethod, metadata.getRepositoryInterface(), this.operations,
					query.value());
		}
		return new PartTreeDynamiteQuery(queryMethod, metadata.getRepositoryInterface(), this.operations);
	}
}

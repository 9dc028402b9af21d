package dev.dynamite.repository.support;

import java.lang.reflect.Method;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.ReactiveRepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.Assert;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.repository.Query;
import dev.dynamite.repository.query.DynamiteQueryMethod;
import dev.dynamite.repository.query.ReactivePartTreeDynamiteQuery;
import dev.dynamite.repository.query.ReactiveStringBasedDynamiteQuery;
import reactor.core.publisher.Flux;

/**
 * Creates reactive Dynamite repositories: a {@link SimpleReactiveDynamiteRepository} for the CRUD methods and a
 * {@link ReactivePartTreeDynamiteQuery} per derived query method, on one {@link AsyncDynamiteOperations}. Works
 * without Spring: {@code new ReactiveDynamiteRepositoryFactory(asyncOperations).getRepository(UserRepository.class)}.
 */
public class ReactiveDynamiteRepositoryFactory extends ReactiveRepositoryFactorySupport {

	private final AsyncDynamiteOperations operations;

	/**
	 * A factory of reactive repositories backed by the given async operations.
	 * @param operations the operations
	 */
	public ReactiveDynamiteRepositoryFactory(AsyncDynamiteOperations operations) {
		Assert.notNull(operations, "AsyncDynamiteOperations must not be null");
		this.operations = operations;
	}

	@Override
	public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		return RepositoryEntities.information(this.operations.getMappingContext(), domainClass);
	}

	@Override
	protected void validate(RepositoryMetadata metadata) {
		super.validate(metadata);
		RepositoryEntities.validate(metadata, this.operations.getMappingContext());
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
		return SimpleReactiveDynamiteRepository.class;
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
		boolean many = Flux.class.isAssignableFrom(method.getReturnType());
		Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
		if (query != null) {
			return new ReactiveStringBasedDynamiteQuery(queryMethod, many, metadata.getRepositoryInterface(),
					this.operations, query.value());
		}
		return new ReactivePartTreeDynamiteQuery(queryMethod, many, metadata.getRepositoryInterface(), this.operations);
	}
}

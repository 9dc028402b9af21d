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
import dev.dynamite.core.Key;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.UnscannedEntityException;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.repository.Query;
import dev.dynamite.repository.query.PartTreeDynamiteQuery;
import dev.dynamite.repository.query.StringBasedDynamiteQuery;

/**
 * Creates Dynamite repositories: a {@link SimpleDynamiteRepository} for the CRUD methods and a
 * {@link PartTreeDynamiteQuery} per derived query method, all on one {@link DynamiteOperations}. Works without
 * Spring: {@code new DynamiteRepositoryFactory(operations).getRepository(UserRepository.class)}.
 */
public class DynamiteRepositoryFactory extends RepositoryFactorySupport {

	private final DynamiteOperations operations;

	/** A factory of repositories backed by the given operations. */
	public DynamiteRepositoryFactory(DynamiteOperations operations) {
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.operations = operations;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T, ID> EntityInformation<T, ID> getEntityInformation(Class<T> domainClass) {
		if (this.operations.getMappingContext().isOutsideScannedEntities(domainClass)) {
			throw new UnscannedEntityException(domainClass, ("Entity %s is not among the scanned entities, so the "
					+ "start-up sync does not create or check its table (its repository would fail with 'table does "
					+ "not exist'). Move it under the application's package, or list its package with "
					+ "@EntityScan(basePackageClasses = %s.class) next to @SpringBootApplication")
				.formatted(domainClass.getName(), domainClass.getSimpleName()));
		}
		DynamitePersistentEntity<T> entity = (DynamitePersistentEntity<T>) this.operations.getMappingContext()
			.getRequiredPersistentEntity(domainClass);
		return new DynamiteEntityInformation<>(entity);
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
		Class<?> domainType = metadata.getDomainType();
		DynamitePersistentEntity<?> entity = this.operations.getMappingContext().getRequiredPersistentEntity(domainType);
		DynamitePersistentProperty partitionKey = entity.getIdProperty();
		if (partitionKey == null) {
			throw new IllegalArgumentException("Repository %s manages %s, which has no partition key: annotate one "
				.formatted(metadata.getRepositoryInterface().getName(), domainType.getName())
					+ "field with @PrimaryKey");
		}
		Class<?> idType = metadata.getIdType();
		DynamitePersistentProperty sortKey = entity.getSortKey();
		if (sortKey != null && !idType.isAssignableFrom(Key.class)) {
			throw new IllegalArgumentException(("Repository %s manages %s, whose table has the sort key '%s': "
					+ "declare the repository ID type as dev.dynamite.core.Key (partition + sort value), not %s")
				.formatted(metadata.getRepositoryInterface().getName(), domainType.getSimpleName(), sortKey.getName(),
						idType.getName()));
		}
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new DynamiteQueryLookupStrategy(this.operations));
	}

	/** A method with {@link Query @Query} runs its PartiQL statement; every other query method is derived. */
	private static final class DynamiteQueryLookupStrategy implements QueryLookupStrategy {

		private final DynamiteOperations operations;

		DynamiteQueryLookupStrategy(DynamiteOperations operations) {
			this.operations = operations;
		}

		@Override
		public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
				NamedQueries namedQueries) {
			QueryMethod queryMethod = new QueryMethod(method, metadata, factory);
			Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
			if (query != null) {
				return new StringBasedDynamiteQuery(queryMethod, metadata.getRepositoryInterface(), this.operations,
						query.value());
			}
			return new PartTreeDynamiteQuery(queryMethod, metadata.getRepositoryInterface(), this.operations);
		}
	}
}

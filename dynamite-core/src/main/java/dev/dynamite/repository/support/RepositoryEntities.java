package dev.dynamite.repository.support;

import org.springframework.data.repository.core.RepositoryMetadata;

import dev.dynamite.core.Key;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.UnscannedEntityException;

/**
 * What the sync and the reactive repository factories both check of a repository's entity: that it was scanned (so
 * its table is synchronised), that it has a partition key, and that the repository's ID type fits its key.
 */
final class RepositoryEntities {

	private RepositoryEntities() {
	}

	/** The entity information of a scanned entity. */
	@SuppressWarnings("unchecked")
	static <T, ID> DynamiteEntityInformation<T, ID> information(DynamiteMappingContext mappingContext,
			Class<T> domainClass) {
		if (mappingContext.isOutsideScannedEntities(domainClass)) {
			throw new UnscannedEntityException(domainClass, ("Entity %s is not among the scanned entities, so the "
					+ "start-up sync does not create or check its table (its repository would fail with 'table does "
					+ "not exist'). Move it under the application's package, or list its package with "
					+ "@EntityScan(basePackageClasses = %s.class) next to @SpringBootApplication")
				.formatted(domainClass.getName(), domainClass.getSimpleName()));
		}
		DynamitePersistentEntity<T> entity = (DynamitePersistentEntity<T>) mappingContext
			.getRequiredPersistentEntity(domainClass);
		return new DynamiteEntityInformation<>(entity);
	}

	/** Checks the repository's entity and ID type. */
	static void validate(RepositoryMetadata metadata, DynamiteMappingContext mappingContext) {
		Class<?> domainType = metadata.getDomainType();
		DynamitePersistentEntity<?> entity = mappingContext.getRequiredPersistentEntity(domainType);
		DynamitePersistentProperty partitionKey = entity.getIdProperty();
		if (partitionKey == null && entity.getSingleTable() == null) {
			throw new IllegalArgumentException("Repository %s manages %s, which has no partition key: annotate one "
				.formatted(metadata.getRepositoryInterface().getName(), domainType.getName())
					+ "field with @PrimaryKey");
		}
		Class<?> idType = metadata.getIdType();
		DynamitePersistentProperty sortKey = entity.getSortKey();
		if (entity.getSingleTable() != null && !idType.isAssignableFrom(Key.class)) {
			throw new IllegalArgumentException(("Repository %s manages %s, which lives in the shared table '%s' "
					+ "(@KeyTemplate): declare the repository ID type as dev.dynamite.core.Key (the composed %s and %s), "
					+ "not %s").formatted(metadata.getRepositoryInterface().getName(), domainType.getSimpleName(),
							entity.getTableName(), entity.getSingleTable().partitionKey().getAttributeName(),
							entity.getSingleTable().sortKey().getAttributeName(), idType.getName()));
		}
		if (sortKey != null && !idType.isAssignableFrom(Key.class)) {
			throw new IllegalArgumentException(("Repository %s manages %s, whose table has the sort key '%s': "
					+ "declare the repository ID type as dev.dynamite.core.Key (partition + sort value), not %s")
				.formatted(metadata.getRepositoryInterface().getName(), domainType.getSimpleName(), sortKey.getName(),
						idType.getName()));
		}
	}
}

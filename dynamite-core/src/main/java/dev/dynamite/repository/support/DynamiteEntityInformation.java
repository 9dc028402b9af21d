package dev.dynamite.repository.support;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.repository.core.support.PersistentEntityInformation;

import dev.dynamite.core.Key;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.SingleTableDefinition;

/**
 * Entity information of a Dynamite entity: the id is the partition key value, or a {@link Key} (partition and sort
 * value) for a table with a sort key.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 */
public class DynamiteEntityInformation<T, ID> extends PersistentEntityInformation<T, ID> {

	private final DynamitePersistentEntity<T> entity;

	/**
	 * Information on the given entity.
	 * @param entity the entity
	 */
	public DynamiteEntityInformation(DynamitePersistentEntity<T> entity) {
		super(entity);
		this.entity = entity;
	}

	/**
	 * The mapping metadata of the entity.
	 * @return the mapping metadata of the entity
	 */
	public DynamitePersistentEntity<T> getPersistentEntity() {
		return this.entity;
	}

	/**
	 * Whether the table has a sort key, so that the id is a {@link Key}.
	 * @return whether the table has a sort key, so that the id is a {@link Key}
	 */
	public boolean hasCompositeKey() {
		return this.entity.getSortKey() != null;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable ID getId(T entity) {
		DynamitePersistentProperty sortKey = this.entity.getSortKey();
		if (sortKey == null) {
			return super.getId(entity);
		}
		SingleTableDefinition singleTable = this.entity.getSingleTable();
		if (singleTable != null) {
			PersistentPropertyAccessor<T> accessor = this.entity.getPropertyAccessor(entity);
			if (singleTable.keyFields().stream().anyMatch((field) -> accessor.getProperty(field) == null)) {
				return null;
			}
			return (ID) Key.of(singleTable.partition().compose(accessor::getProperty),
					singleTable.sort().compose(accessor::getProperty));
		}
		Object partition = this.entity.getPropertyAccessor(entity).getProperty(this.entity.getPartitionKey());
		Object sort = this.entity.getPropertyAccessor(entity).getProperty(sortKey);
		return (partition == null || sort == null) ? null : (ID) Key.of(partition, sort);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Class<ID> getIdType() {
		return hasCompositeKey() ? (Class<ID>) Key.class : super.getIdType();
	}
}

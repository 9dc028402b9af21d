package dev.dynamite.repository.query;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;

/**
 * Resolves the property names of repository methods, sorts and projections to an entity's fields, as
 * {@link DynamitePersistentEntity#findField(String)} does: by Java field name or attribute name first, then by
 * camelCase / snake_case equivalence, so that {@code CreatedAt} in
 * {@code findTop10ByRoleOrderByCreatedAtDesc} finds a field named {@code created_at}.
 */
public final class PropertyNameResolver {

	private final DynamitePersistentEntity<?> entity;

	/**
	 * A resolver for the fields of the given entity.
	 * @param entity the entity
	 */
	public PropertyNameResolver(DynamitePersistentEntity<?> entity) {
		Assert.notNull(entity, "Entity must not be null");
		this.entity = entity;
	}

	/**
	 * The entity whose fields are resolved.
	 * @return the entity whose fields are resolved
	 */
	public DynamitePersistentEntity<?> getEntity() {
		return this.entity;
	}

	/**
	 * The field with this name, or with a camelCase / snake_case equivalent name, or {@code null}.
	 * @param name the name
	 * @return the field with this name, or with a camelCase / snake_case equivalent name, or {@code null}
	 */
	public @Nullable DynamitePersistentProperty find(String name) {
		return this.entity.findField(name);
	}

	/**
	 * The Java field name for this name.
	 * @param name the name
	 * @return the Java field name for this name
	 * @throws IllegalArgumentException naming the property, the entity and its fields when none matches
	 */
	public String fieldName(String name) {
		DynamitePersistentProperty property = find(name);
		if (property == null) {
			throw new IllegalArgumentException("No property '%s' on entity %s; known fields: %s"
				.formatted(name, this.entity.getType().getSimpleName(), this.entity.fieldNames()));
		}
		return property.getName();
	}

	/**
	 * The sort with each property resolved to its field name; unknown names are kept for the template to report.
	 * @param sort the order
	 * @return the sort with each property resolved to its field name
	 */
	public Sort resolve(Sort sort) {
		if (sort.isUnsorted()) {
			return sort;
		}
		return Sort.by(sort.stream().map(order -> {
			DynamitePersistentProperty property = find(order.getProperty());
			return property == null ? order : order.withProperty(property.getName());
		}).toList());
	}
}

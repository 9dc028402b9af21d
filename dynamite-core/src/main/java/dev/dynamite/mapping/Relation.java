package dev.dynamite.mapping;

import java.lang.reflect.Field;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;

/**
 * A relation of an entity, resolved and checked by {@link DynamiteMappingContext#getRelations}: its field, the related
 * entity and the two fields that tie them.
 * <ul>
 * <li>{@link Kind#HAS_MANY}: the target items whose {@code targetKey} equals the owner's {@code ownerKey};</li>
 * <li>{@link Kind#BELONGS_TO}: the target item whose {@code targetKey} (its partition key) equals the owner's
 * {@code ownerKey} (the foreign key field);</li>
 * <li>{@link Kind#MANY_TO_MANY}: the target items linked to the owner in the {@link #pivot()} table; both keys are the
 * entities' partition keys.</li>
 * </ul>
 *
 * @param name the relation's name (its field name), as {@code Include.of(name)} names it
 * @param kind the kind
 * @param field the field the related items are set on
 * @param owner the entity declaring the relation
 * @param target the related entity
 * @param ownerKey the owner's field that ties it to the target
 * @param targetKey the target's field that ties it to the owner
 * @param pivot the pivot table of a many-to-many relation, else {@code null}
 */
public record Relation(String name, Kind kind, Field field, DynamitePersistentEntity<?> owner,
		DynamitePersistentEntity<?> target, DynamitePersistentProperty ownerKey, DynamitePersistentProperty targetKey,
		@Nullable PivotTable pivot) {

	/** The kinds of relation. */
	public enum Kind {

		/** {@link HasMany @HasMany}. */
		HAS_MANY,

		/** {@link BelongsTo @BelongsTo}. */
		BELONGS_TO,

		/** {@link ManyToMany @ManyToMany}. */
		MANY_TO_MANY
	}

	/**
	 * Sets the loaded related items on an owner instance: a list for has-many and many-to-many, the item or
	 * {@code null} for belongs-to.
	 * @param owner the owner instance
	 * @param related the related item or items
	 */
	public void set(Object owner, @Nullable Object related) {
		ReflectionUtils.makeAccessible(this.field);
		ReflectionUtils.setField(this.field, owner, related);
	}

	/**
	 * The pivot attribute holding the owner's key (many-to-many).
	 * @return the pivot attribute holding the owner's key
	 */
	public String pivotOwnerAttribute() {
		return requiredPivot().ownerAttribute(this);
	}

	/**
	 * The pivot attribute holding the target's key (many-to-many).
	 * @return the pivot attribute holding the target's key
	 */
	public String pivotTargetAttribute() {
		return requiredPivot().targetAttribute(this);
	}

	private PivotTable requiredPivot() {
		if (this.pivot == null) {
			throw new IllegalStateException("Relation '%s' of %s has no pivot table".formatted(this.name,
					this.owner.getType().getSimpleName()));
		}
		return this.pivot;
	}

	@Override
	public String toString() {
		return "Relation[%s.%s %s %s]".formatted(this.owner.getType().getSimpleName(), this.name, this.kind,
				this.target.getType().getSimpleName());
	}

	/** The annotation types that mark a relation field. */
	static final List<Class<? extends java.lang.annotation.Annotation>> ANNOTATIONS = List.of(HasMany.class,
			BelongsTo.class, ManyToMany.class);
}

package dev.dynamite.mapping;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Turns an entity's relation fields into checked {@link Relation}s: the target must be a mapped entity, the named
 * fields must exist, keys read by key must be simple. Every problem is an {@link InvalidEntityException} naming the
 * entity, the relation and the fix.
 */
final class RelationResolver {

	private final DynamiteMappingContext context;

	RelationResolver(DynamiteMappingContext context) {
		this.context = context;
	}

	Map<String, Relation> resolve(DynamitePersistentEntity<?> owner) {
		Map<String, Relation> relations = new LinkedHashMap<>();
		ReflectionUtils.doWithFields(owner.getType(), (field) -> {
			Relation relation = resolve(owner, field);
			if (relation != null) {
				relations.put(relation.name(), relation);
			}
		});
		return relations;
	}

	private @Nullable Relation resolve(DynamitePersistentEntity<?> owner, Field field) {
		HasMany hasMany = field.getAnnotation(HasMany.class);
		BelongsTo belongsTo = field.getAnnotation(BelongsTo.class);
		ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
		int count = (hasMany != null ? 1 : 0) + (belongsTo != null ? 1 : 0) + (manyToMany != null ? 1 : 0);
		if (count == 0) {
			return null;
		}
		if (count > 1) {
			throw invalid(owner, field, "has more than one relation annotation; keep one");
		}
		if (owner.getSingleTable() != null) {
			throw invalid(owner, field, ("is a relation of an entity in the shared table '%s' (@KeyTemplate); relations "
					+ "between single-table entities are read as an item collection (DynamiteOperations.collection), "
					+ "not with @HasMany/@BelongsTo/@ManyToMany").formatted(owner.getTableName()));
		}
		if (hasMany != null) {
			return hasMany(owner, field, hasMany);
		}
		if (belongsTo != null) {
			return belongsTo(owner, field, belongsTo);
		}
		return manyToMany(owner, field, manyToMany);
	}

	private Relation hasMany(DynamitePersistentEntity<?> owner, Field field, HasMany annotation) {
		requireList(owner, field, annotation);
		DynamitePersistentEntity<?> target = target(owner, field, annotation, annotation.target());
		DynamitePersistentProperty foreignKey = field(owner, field, annotation, target, annotation.foreignKey(), "foreignKey");
		DynamitePersistentProperty localKey = StringUtils.hasText(annotation.localKey())
				? field(owner, field, annotation, owner, annotation.localKey(), "localKey") : owner.getPartitionKey();
		target.addRelationIndex(foreignKey);
		return new Relation(field.getName(), Relation.Kind.HAS_MANY, field, owner, target, localKey, foreignKey, null);
	}

	private Relation belongsTo(DynamitePersistentEntity<?> owner, Field field, BelongsTo annotation) {
		DynamitePersistentEntity<?> target = target(owner, field, annotation, annotation.target());
		if (!field.getType().isAssignableFrom(target.getType())) {
			throw invalid(owner, field, "(@BelongsTo) has type %s, which cannot hold a %s; declare it as %s"
				.formatted(field.getType().getSimpleName(), target.getType().getSimpleName(), target.getType().getSimpleName()));
		}
		requireSimpleKey(owner, field, annotation, target);
		DynamitePersistentProperty foreignKey = field(owner, field, annotation, owner, annotation.foreignKey(), "foreignKey");
		if (StringUtils.hasText(annotation.localKey())
				&& !target.getPartitionKey().equals(target.findField(annotation.localKey()))) {
			throw invalid(owner, field, ("(@BelongsTo) names localKey '%s', but a belongs-to relation is read by the "
					+ "target's key: use %s's partition key '%s', or leave localKey out").formatted(annotation.localKey(),
							target.getType().getSimpleName(), target.getPartitionKey().getName()));
		}
		return new Relation(field.getName(), Relation.Kind.BELONGS_TO, field, owner, target, foreignKey,
				target.getPartitionKey(), null);
	}

	private Relation manyToMany(DynamitePersistentEntity<?> owner, Field field, ManyToMany annotation) {
		requireList(owner, field, annotation);
		DynamitePersistentEntity<?> target = target(owner, field, annotation, annotation.target());
		requireSimpleKey(owner, field, annotation, owner);
		requireSimpleKey(owner, field, annotation, target);
		String ownerAttribute = annotation.foreignKey();
		String targetAttribute = annotation.relatedKey();
		if (!StringUtils.hasText(ownerAttribute) || !StringUtils.hasText(targetAttribute)
				|| ownerAttribute.equals(targetAttribute)) {
			throw invalid(owner, field, ("(@ManyToMany) needs two different pivot attributes, foreignKey and relatedKey "
					+ "(got '%s' and '%s')").formatted(ownerAttribute, targetAttribute));
		}
		String tableName = this.context.getNaming().pivotTableName(owner.getType(), annotation.pivotTable());
		boolean ownerFirst = ownerAttribute.compareTo(targetAttribute) < 0;
		PivotTable pivot = ownerFirst
				? new PivotTable(tableName, ownerAttribute, owner.getPartitionKey(), targetAttribute, target.getPartitionKey())
				: new PivotTable(tableName, targetAttribute, target.getPartitionKey(), ownerAttribute, owner.getPartitionKey());
		return new Relation(field.getName(), Relation.Kind.MANY_TO_MANY, field, owner, target, owner.getPartitionKey(),
				target.getPartitionKey(), pivot);
	}

	private DynamitePersistentEntity<?> target(DynamitePersistentEntity<?> owner, Field field, Annotation annotation,
			Class<?> type) {
		if (!AnnotatedElementUtils.hasAnnotation(type, DynamiteTable.class)) {
			throw invalid(owner, field, "(@%s) targets %s, which is not a mapped entity: annotate it with @DynamiteTable"
				.formatted(annotation.annotationType().getSimpleName(), type.getName()));
		}
		DynamitePersistentEntity<?> target = this.context.getRequiredPersistentEntity(type);
		if (target.getSingleTable() != null) {
			throw invalid(owner, field, ("(@%s) targets %s, which lives in the shared table '%s' (@KeyTemplate); "
					+ "relations to single-table entities are not available: read them with their key templates or an "
					+ "@IndexTemplate").formatted(annotation.annotationType().getSimpleName(), type.getSimpleName(),
							target.getTableName()));
		}
		return target;
	}

	private static DynamitePersistentProperty field(DynamitePersistentEntity<?> owner, Field field, Annotation annotation,
			DynamitePersistentEntity<?> holder, String name, String role) {
		DynamitePersistentProperty property = StringUtils.hasText(name) ? holder.findField(name) : null;
		if (property == null) {
			throw invalid(owner, field, "(@%s) names %s '%s', which is no field of %s; known fields: %s".formatted(
					annotation.annotationType().getSimpleName(), role, name, holder.getType().getSimpleName(),
					holder.fieldNames()));
		}
		return property;
	}

	private static void requireList(DynamitePersistentEntity<?> owner, Field field, Annotation annotation) {
		if (!field.getType().isAssignableFrom(List.class) || !Collection.class.isAssignableFrom(field.getType())) {
			throw invalid(owner, field, "(@%s) has type %s; declare it as a List of the target"
				.formatted(annotation.annotationType().getSimpleName(), field.getType().getSimpleName()));
		}
	}

	private static void requireSimpleKey(DynamitePersistentEntity<?> owner, Field field, Annotation annotation,
			DynamitePersistentEntity<?> entity) {
		if (entity.getSortKey() != null) {
			throw invalid(owner, field, ("(@%s) needs %s to have a simple primary key, as it is read by key; %s has the "
					+ "sort key '%s'").formatted(
							annotation.annotationType().getSimpleName(), entity.getType().getSimpleName(),
							entity.getType().getSimpleName(), entity.getSortKey().getName()));
		}
	}

	private static InvalidEntityException invalid(DynamitePersistentEntity<?> owner, Field field, String problem) {
		return new InvalidEntityException(owner.getType(), "Entity %s: relation '%s' %s".formatted(
				owner.getType().getName(), field.getName(), problem));
	}
}

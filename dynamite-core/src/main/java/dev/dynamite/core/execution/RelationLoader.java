package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Filter;
import dev.dynamite.core.Include;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.plan.RelationPlanner;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.Relation;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Loads the relations a read asks for ({@link Include}) on its results, batched across all the parents of one result
 * and level by level: a belongs-to with one read of the distinct foreign keys (BatchGetItem, 100 keys a request); a
 * has-many with one Query per parent on the foreign key (the planner finds the target's table or index); a
 * many-to-many with one Query of the pivot per parent, then one read of the distinct related keys. The related entities
 * are read through {@link OperationRunner#where}, so the planner chooses every entity request.
 */
final class RelationLoader {

	private final OperationRunner runner;

	private final DynamiteConverter converter;

	private final ReadExecutor reads;

	RelationLoader(OperationRunner runner, DynamiteConverter converter, ReadExecutor reads) {
		this.runner = runner;
		this.converter = converter;
		this.reads = reads;
	}

	private DynamiteMappingContext context() {
		return this.converter.getMappingContext();
	}

	/**
	 * Checks every include, to any depth, before anything is read: each names a relation of its entity.
	 * @param entity the entity read
	 * @param includes the includes
	 * @throws IllegalArgumentException naming the entity, the unknown relation and the known ones
	 */
	void check(DynamitePersistentEntity<?> entity, List<Include> includes) {
		for (Include include : includes) {
			Relation relation = relation(entity, include.relation());
			check(relation.target(), include.nested());
		}
	}

	/**
	 * The options of the parents' read: when they name attributes, the fields the includes need are read too.
	 * @param entity the entity read
	 * @param options the read's options (with includes)
	 * @return the options of the read itself, without includes
	 */
	QueryOptions parentOptions(DynamitePersistentEntity<?> entity, QueryOptions options) {
		return withFields(options.withoutIncludes(), requiredFields(entity, options.includes()));
	}

	private List<String> requiredFields(DynamitePersistentEntity<?> entity, List<Include> includes) {
		List<String> fields = new ArrayList<>();
		for (Include include : includes) {
			fields.add(relation(entity, include.relation()).ownerKey().getName());
		}
		return fields;
	}

	private static QueryOptions withFields(QueryOptions options, List<String> fields) {
		if (options.attributes().isEmpty() || fields.isEmpty()) {
			return options;
		}
		Set<String> attributes = new LinkedHashSet<>(options.attributes());
		attributes.addAll(fields);
		return options.toBuilder().attributes(List.copyOf(attributes)).build();
	}

	/**
	 * Loads the includes on the parents, one relation after another, each level after the one above.
	 * @param <T> the parents' type
	 * @param entity the parents' entity
	 * @param parents the parents
	 * @param includes the includes
	 * @return a future of the parents, their relation fields set
	 */
	<T> CompletableFuture<List<T>> load(DynamitePersistentEntity<?> entity, List<T> parents, List<Include> includes) {
		if (includes.isEmpty() || parents.isEmpty()) {
			return CompletableFuture.completedFuture(parents);
		}
		CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
		for (Include include : includes) {
			Relation relation = relation(entity, include.relation());
			chain = chain.thenCompose((ignored) -> load(relation, parents, include));
		}
		return chain.thenApply((ignored) -> parents);
	}

	private CompletableFuture<?> load(Relation relation, List<?> parents, Include include) {
		CompletableFuture<List<Object>> related = switch (relation.kind()) {
			case BELONGS_TO -> belongsTo(relation, parents, include);
			case HAS_MANY -> hasMany(relation, parents, include);
			case MANY_TO_MANY -> manyToMany(relation, parents, include);
		};
		return related.thenCompose((items) -> load(relation.target(), items, include.nested()));
	}

	/** One read of the distinct foreign keys; each parent gets its item, or {@code null}. */
	private CompletableFuture<List<Object>> belongsTo(Relation relation, List<?> parents, Include include) {
		Map<Object, @Nullable AttributeValue> foreignKeys = new IdentityHashMap<>();
		Map<AttributeValue, Object> distinct = new LinkedHashMap<>();
		for (Object parent : parents) {
			Object value = value(relation.owner(), parent, relation.ownerKey());
			AttributeValue key = (value != null) ? this.converter.toAttributeValue(relation.targetKey(), value) : null;
			foreignKeys.put(parent, key);
			if (key != null) {
				distinct.putIfAbsent(key, value);
			}
		}
		return byKeys(relation, distinct, include).thenApply((byKey) -> {
			for (Object parent : parents) {
				AttributeValue key = foreignKeys.get(parent);
				relation.set(parent, key != null ? byKey.get(key) : null);
			}
			return new ArrayList<>(new LinkedHashSet<>(byKey.values()));
		});
	}

	/** One Query per parent on the foreign key; the limit applies per parent. */
	private CompletableFuture<List<Object>> hasMany(Relation relation, List<?> parents, Include include) {
		Class<?> targetType = relation.target().getType();
		QueryOptions options = withFields(include.options(), requiredFields(relation.target(), include.nested()));
		List<CompletableFuture<?>> reads = new ArrayList<>();
		Map<Object, List<?>> children = Collections.synchronizedMap(new IdentityHashMap<>());
		for (Object parent : parents) {
			Object value = value(relation.owner(), parent, relation.ownerKey());
			if (value == null) {
				relation.set(parent, new ArrayList<>());
				continue;
			}
			Filter filter = Filter.where(relation.targetKey().getName()).eq(value);
			if (!include.filter().isAll()) {
				filter = filter.and(include.filter());
			}
			reads.add(this.runner.where(targetType, filter, options).thenAccept((found) -> {
				List<Object> list = new ArrayList<>(found);
				children.put(parent, list);
				relation.set(parent, list);
			}));
		}
		return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply((ignored) -> {
			List<Object> all = new ArrayList<>();
			for (Object parent : parents) {
				List<?> list = children.get(parent);
				if (list != null) {
					all.addAll(list);
				}
			}
			return all;
		});
	}

	/** One Query of the pivot per parent, then one read of the distinct related keys. */
	private CompletableFuture<List<Object>> manyToMany(Relation relation, List<?> parents, Include include) {
		Map<Object, List<AttributeValue>> links = Collections.synchronizedMap(new IdentityHashMap<>());
		List<CompletableFuture<?>> reads = new ArrayList<>();
		for (Object parent : parents) {
			Object value = value(relation.owner(), parent, relation.ownerKey());
			if (value == null) {
				links.put(parent, List.of());
				continue;
			}
			AttributeValue owner = this.converter.toAttributeValue(relation.ownerKey(), value);
			reads.add(this.reads.links(RelationPlanner.links(relation, owner)).thenAccept((targets) -> links.put(parent, targets)));
		}
		return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenCompose((ignored) -> {
			Map<AttributeValue, Object> distinct = new LinkedHashMap<>();
			for (Object parent : parents) {
				for (AttributeValue target : links.get(parent)) {
					distinct.computeIfAbsent(target,
							(key) -> this.converter.fromAttributeValue(relation.targetKey(), key));
				}
			}
			return byKeys(relation, distinct, include).thenApply((byKey) -> {
				int skip = include.options().skip();
				Integer limit = include.options().limit();
				for (Object parent : parents) {
					List<Object> list = new ArrayList<>();
					for (AttributeValue target : links.get(parent)) {
						Object item = byKey.get(target);
						if (item != null) {
							list.add(item);
						}
					}
					int from = Math.min(skip, list.size());
					int to = (limit == null) ? list.size() : Math.min(list.size(), from + limit);
					relation.set(parent, new ArrayList<>(list.subList(from, to)));
				}
				return new ArrayList<>(byKey.values());
			});
		});
	}

	/**
	 * The targets with these partition keys (and the include's filter), by key: one read of the partition key IN the
	 * keys, which the planner answers with BatchGetItem when there is no filter.
	 */
	private CompletableFuture<Map<AttributeValue, Object>> byKeys(Relation relation, Map<AttributeValue, Object> keys,
			Include include) {
		if (keys.isEmpty()) {
			return CompletableFuture.completedFuture(Map.of());
		}
		DynamitePersistentEntity<?> target = relation.target();
		DynamitePersistentProperty key = target.getPartitionKey();
		Filter filter = Filter.where(key.getName()).in(new ArrayList<>(keys.values()));
		if (!include.filter().isAll()) {
			filter = filter.and(include.filter());
		}
		List<String> fields = new ArrayList<>(requiredFields(target, include.nested()));
		fields.add(key.getName());
		QueryOptions options = withFields(include.options().toBuilder().skip(0).limit(null).build(), fields);
		return this.runner.where(target.getType(), filter, options).thenApply((found) -> {
			Map<AttributeValue, Object> byKey = new LinkedHashMap<>();
			for (Object item : found) {
				Object id = value(target, item, key);
				if (id != null) {
					byKey.put(this.converter.toAttributeValue(key, id), item);
				}
			}
			return byKey;
		});
	}

	private @Nullable Object value(DynamitePersistentEntity<?> entity, Object bean, DynamitePersistentProperty property) {
		return entity.getPropertyAccessor(bean).getProperty(property);
	}

	private Relation relation(DynamitePersistentEntity<?> entity, String name) {
		Map<String, Relation> relations = context().getRelations(entity);
		Relation relation = relations.get(name);
		if (relation == null) {
			throw new IllegalArgumentException("Entity %s has no relation '%s' to include; its relations: %s".formatted(
					entity.getType().getSimpleName(), name, relations.keySet()));
		}
		return relation;
	}
}

package dev.dynamite.core.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;

import dev.dynamite.core.Filter;
import dev.dynamite.core.Operator;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.CreationOrderIndex;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.IndexDefinition;
import dev.dynamite.mapping.SingleTableDefinition;
import dev.dynamite.mapping.TemplateAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Chooses the cheapest correct DynamoDB read for a filter; the only place that does. In order:
 * <ol>
 * <li>full primary key by equality, nothing else: {@code GetItem};</li>
 * <li>partition key IN a list (with the sort key by equality, if any), nothing else: {@code BatchGetItem};</li>
 * <li>otherwise a {@code Query}, once per partition value, on the table or on the secondary index (local or global)
 * that reads the fewest items: one partition value beats several, then a condition on the sort key beats none, then
 * an index that holds whole items beats one that needs them fetched, then the table beats an index and an earlier
 * declared index a later one. An index is a candidate only when it holds every match (an index with a sort key lacks
 * the items without that attribute), when the remaining conditions name only attributes it holds, and, for a strongly
 * consistent read, when it is local;</li>
 * <li>otherwise {@code Scan}.</li>
 * </ol>
 * Every other condition becomes the FilterExpression. A single-partition Query is ordered by its sort key
 * ({@code ScanIndexForward}), so reading stops once skip + limit matches are known; elsewhere results are ordered in
 * memory by {@code @CreatedAt}, then the primary key.
 */
public final class QueryPlanner {

	private static final Set<Operator> SORT_KEY_OPERATORS = EnumSet.of(Operator.EQ, Operator.LT, Operator.LE,
			Operator.GT, Operator.GE, Operator.BETWEEN, Operator.BEGINS_WITH);

	/** Operators whose condition holds only for items that have the attribute. */
	private static final Set<Operator> PRESENCE_OPERATORS = EnumSet.of(Operator.EQ, Operator.LT, Operator.LE,
			Operator.GT, Operator.GE, Operator.BETWEEN, Operator.BEGINS_WITH, Operator.IN, Operator.CONTAINS,
			Operator.EXISTS);

	private static final Log logger = LogFactory.getLog(QueryPlanner.class);

	private final FilterResolver resolver;

	private final DynamiteConverter converter;

	private final TemplateConditions templates;

	private final Set<String> warnedIndexes = ConcurrentHashMap.newKeySet();

	/**
	 * @param converter converts filter operands
	 */
	public QueryPlanner(DynamiteConverter converter) {
		this.resolver = new FilterResolver(converter);
		this.templates = new TemplateConditions(converter);
		this.converter = converter;
	}

	/**
	 * The filter resolver used for validation.
	 * @return the filter resolver used for validation
	 */
	public FilterResolver resolver() {
		return this.resolver;
	}

	/**
	 * Plans a read of the entities matching the filter, with the given options.
	 * @param entity the entity
	 * @param filter which items
	 * @param options skip, limit, order, attributes and consistency
	 * @return the read plan
	 */
	public ReadPlan plan(DynamitePersistentEntity<?> entity, Filter filter, QueryOptions options) {
		ResolvedFilter resolved = resolve(entity, filter);
		ReadPlan.Operation operation = chooseOperation(entity, resolved, options.consistentRead());
		if (operation instanceof ReadPlan.Scan && options.limit() != null && creationDirection(entity, options) != null
				&& !options.consistentRead() && entity.getCreationOrderIndex() != null) {
			ReadPlan.CreationOrder ordered = creationOrder(entity.getCreationOrderIndex(), resolved);
			operation = (ordered != null) ? ordered : operation;
		}
		Ordering ordering = ordering(entity, operation, options);
		Set<String> keep = null;
		List<String> projection = null;
		if (!options.attributes().isEmpty()) {
			keep = new LinkedHashSet<>();
			for (String field : options.attributes()) {
				keep.add(entity.getRequiredField(field).getAttributeName());
			}
			keep.addAll(keyAttributes(entity));
			keep.addAll(keyFieldAttributes(entity));
			Set<String> fetch = new LinkedHashSet<>(keep);
			fetch.addAll(ordering.attributes());
			if (entity.getTtl() != null) {
				fetch.add(entity.getTtl().getAttributeName());
			}
			if (entity.getDeleteAt() != null) {
				fetch.add(entity.getDeleteAt().getAttributeName());
			}
			if (entity.getSingleTable() != null) {
				fetch.add(entity.getSingleTable().discriminator());
			}
			if (operation instanceof ReadPlan.Query query && query.index() != null) {
				fetch.add(query.partitionKey().getAttributeName());
				if (query.sortKey() != null) {
					fetch.add(query.sortKey().getAttributeName());
				}
			}
			projection = List.copyOf(fetch);
		}
		if (operation instanceof ReadPlan.Query query && query.index() != null && !query.index().returnsWholeItems()) {
			IndexDefinition index = query.index();
			boolean partial = projection == null || projection.stream().anyMatch((attribute) -> !index.holds(attribute));
			operation = query.withFetch(partial);
		}
		return new ReadPlan(entity, operation, projection, keep, ordering.forward(), ordering.comparator(),
				options.skip(), options.limit(), options.consistentRead(),
				hidden(entity, options.includeTrashed() || mentions(List.of(resolved), entity.getDeleteAt(), null)));
	}

	/**
	 * The filter checked against the entity; for a single-table entity, with the key conditions its field conditions
	 * imply ({@link TemplateConditions}).
	 */
	private ResolvedFilter resolve(DynamitePersistentEntity<?> entity, Filter filter) {
		ResolvedFilter resolved = this.resolver.resolve(entity, filter);
		SingleTableDefinition singleTable = entity.getSingleTable();
		return singleTable == null ? resolved : this.templates.narrow(entity, singleTable, resolved);
	}

	/**
	 * Plans a read of the primary keys only of the matching items (for delete and update by filter); no order.
	 * @param entity the entity
	 * @param filter which items
	 * @return the read plan
	 */
	public ReadPlan planKeys(DynamitePersistentEntity<?> entity, Filter filter) {
		ResolvedFilter resolved = resolve(entity, filter);
		List<String> keys = keyAttributes(entity);
		ReadPlan.Operation operation = chooseOperation(entity, resolved, false);
		HiddenItems hidden = hidden(entity, mentions(List.of(resolved), entity.getDeleteAt(), null));
		List<String> fetch = new ArrayList<>(keys);
		for (String attribute : deciding(hidden)) {
			fetch.add(attribute);
			if (operation instanceof ReadPlan.Query query && query.index() != null && !query.index().holds(attribute)) {
				operation = query.withFetch(true);
			}
		}
		return new ReadPlan(entity, operation, List.copyOf(fetch), Set.copyOf(keys), true, null, 0, null, false, hidden);
	}

	/**
	 * Plans a read of the items with the given primary keys: one GetItem, or BatchGetItem for several.
	 * @param entity the entity
	 * @param keys partition key values, or {@link dev.dynamite.core.Key}s for a table with a sort key
	 * @return the read plan
	 */
	public ReadPlan planByKeys(DynamitePersistentEntity<?> entity, List<Map<String, AttributeValue>> keys) {
		List<Map<String, AttributeValue>> distinct = List.copyOf(new LinkedHashSet<>(keys));
		ReadPlan.Operation operation = distinct.size() == 1 ? new ReadPlan.GetItem(distinct.get(0))
				: new ReadPlan.BatchGet(distinct);
		return new ReadPlan(entity, operation, null, null, true, null, 0, null, false, hidden(entity, false));
	}

	/**
	 * Plans the read of an item collection: the partition that the entity's partition template composes from the
	 * given fields, read whole in one Query (paged to its end), for every type sharing the table.
	 * @param entity a single-table entity
	 * @param partitionFields the values of the fields its partition template names
	 * @param consistentRead strongly consistent reads
	 * @return the collection plan
	 * @throws IllegalArgumentException for an entity with a table of its own, an unknown field, a field the partition
	 * template does not name, or a missing one
	 */
	public CollectionPlan planCollection(DynamitePersistentEntity<?> entity, Map<String, ?> partitionFields,
			boolean consistentRead) {
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable == null) {
			throw new IllegalArgumentException(("Entity %s has a table of its own: an item collection reads one "
					+ "partition of a shared table (@KeyTemplate); use where(...) instead")
				.formatted(entity.getType().getSimpleName()));
		}
		Map<DynamitePersistentProperty, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, ?> field : partitionFields.entrySet()) {
			DynamitePersistentProperty property = entity.getRequiredField(field.getKey());
			if (!singleTable.partition().fields().contains(property)) {
				throw new IllegalArgumentException(("Field '%s' of entity %s is not in its partition template '%s'; an "
						+ "item collection is read by the fields %s").formatted(property.getName(),
								entity.getType().getSimpleName(), singleTable.partition().source(),
								singleTable.partition().fields().stream().map(DynamitePersistentProperty::getName).toList()));
			}
			Object value = (field.getValue() == null) ? null : this.converter.toFieldValue(property, field.getValue());
			if (value != null) {
				values.put(property, value);
			}
		}
		AttributeValue partition = AttributeValue.fromS(singleTable.partition().compose(values::get));
		Map<String, CollectionPlan.Member> members = new LinkedHashMap<>();
		this.converter.getMappingContext().getSharedTableTypes(entity.getTableName()).forEach((type, member) ->
				members.put(type, new CollectionPlan.Member(member, hiddenOfType(member))));
		ReadPlan.Query query = new ReadPlan.Query(null, singleTable.partitionKey(), List.of(partition),
				singleTable.sortKey(), null, ResolvedFilter.ALL, false);
		ReadPlan read = new ReadPlan(entity, query, null, null, true, null, 0, null, consistentRead, null);
		return new CollectionPlan(read, singleTable.discriminator(), members);
	}

	/** What a read of one type in a collection leaves out besides other types: expired and soft-deleted items. */
	private static @Nullable HiddenItems hiddenOfType(DynamitePersistentEntity<?> entity) {
		HiddenItems hidden = hidden(entity, false);
		return (hidden == null || (hidden.ttlAttribute() == null && hidden.trashAttribute() == null)) ? null
				: new HiddenItems(hidden.ttlAttribute(), hidden.now(), hidden.trashAttribute(), null, null);
	}

	/**
	 * What a read of the entity leaves out: items whose {@code @Ttl} time has passed when the read starts, and, unless
	 * they are included, soft-deleted items ({@code @DeleteAt} set); {@code null} for nothing.
	 */
	private static @Nullable HiddenItems hidden(DynamitePersistentEntity<?> entity, boolean includeTrashed) {
		DynamitePersistentProperty ttl = entity.getTtl();
		DynamitePersistentProperty deleteAt = includeTrashed ? null : entity.getDeleteAt();
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (ttl == null && deleteAt == null && singleTable == null) {
			return null;
		}
		return new HiddenItems(ttl == null ? null : ttl.getAttributeName(), Instant.now().getEpochSecond(),
				deleteAt == null ? null : deleteAt.getAttributeName(),
				singleTable == null ? null : singleTable.discriminator(), singleTable == null ? null : singleTable.type());
	}

	/** The attributes that decide whether an item is hidden: a read must fetch them. */
	private static List<String> deciding(@Nullable HiddenItems hidden) {
		List<String> attributes = new ArrayList<>(2);
		if (hidden != null && hidden.ttlAttribute() != null) {
			attributes.add(hidden.ttlAttribute());
		}
		if (hidden != null && hidden.trashAttribute() != null) {
			attributes.add(hidden.trashAttribute());
		}
		if (hidden != null && hidden.typeAttribute() != null) {
			attributes.add(hidden.typeAttribute());
		}
		return attributes;
	}

	private ReadPlan.Operation chooseOperation(DynamitePersistentEntity<?> entity, ResolvedFilter filter,
			boolean consistentRead) {
		List<ResolvedFilter> conjuncts = filter.conjuncts();
		DynamitePersistentProperty partitionKey = entity.getPartitionKey();
		DynamitePersistentProperty sortKey = entity.getSortKey();
		ResolvedFilter partition = find(conjuncts, partitionKey, EnumSet.of(Operator.EQ, Operator.IN));
		ResolvedFilter sort = (partition != null && sortKey != null) ? find(conjuncts, sortKey, SORT_KEY_OPERATORS) : null;
		List<ResolvedFilter> rest = (partition != null)
				? withoutImplied(without(conjuncts, partition, sort), partitionKey, sortKey) : List.of();
		ReadPlan.Query best = null;
		// DynamoDB refuses a Query whose FilterExpression names the table's own keys: the next-best plan answers
		if (partition != null && !mentions(rest, partitionKey, sortKey)) {
			List<AttributeValue> partitionValues = distinct(partition.condition().values());
			boolean sortSettled = sortKey == null || (sort != null && sort.condition().operator() == Operator.EQ);
			if (rest.isEmpty() && sortSettled) {
				List<Map<String, AttributeValue>> keys = new ArrayList<>(partitionValues.size());
				for (AttributeValue value : partitionValues) {
					Map<String, AttributeValue> key = new LinkedHashMap<>(2);
					key.put(partitionKey.getAttributeName(), value);
					if (sortKey != null) {
						key.put(sortKey.getAttributeName(), sort.condition().value());
					}
					keys.add(key);
				}
				return keys.size() == 1 ? new ReadPlan.GetItem(keys.get(0)) : new ReadPlan.BatchGet(keys);
			}
			best = new ReadPlan.Query(null, partitionKey, partitionValues, sortKey,
					sort == null ? null : sort.condition(), ResolvedFilter.and(rest), false);
		}
		IndexDefinition strongOnly = null;
		for (IndexDefinition index : entity.getIndexes()) {
			ReadPlan.Query candidate = indexQuery(entity, index, conjuncts);
			if (candidate == null) {
				continue;
			}
			if (consistentRead && !index.local()) {
				strongOnly = index;
				continue;
			}
			if (best == null || cheaper(candidate, best)) {
				best = candidate;
			}
		}
		if (best == null && strongOnly != null) {
			throw new IllegalArgumentException(("Consistent reads are not available on global secondary index '%s' of "
					+ "entity %s, the only index that answers this filter without a Scan").formatted(strongOnly.name(),
							entity.getType().getSimpleName()));
		}
		return best != null ? best : new ReadPlan.Scan(filter);
	}

	/**
	 * The direction in which the read orders by creation time first: the natural order's ({@code order}) when no sort
	 * is given, a sort by the {@code @CreatedAt} field alone; {@code null} when the read is ordered by something else.
	 */
	private static Sort.@Nullable Direction creationDirection(DynamitePersistentEntity<?> entity, QueryOptions options) {
		Sort sort = options.sort();
		if (sort.isUnsorted()) {
			return options.order();
		}
		List<Sort.Order> orders = sort.toList();
		DynamitePersistentProperty createdAt = entity.getCreatedAt();
		if (orders.size() == 1 && createdAt != null && createdAt.equals(entity.findField(orders.get(0).getProperty()))) {
			return orders.get(0).getDirection();
		}
		return null;
	}

	/**
	 * The creation-order read of a filter: a condition on {@code @CreatedAt} becomes the key condition, the rest the
	 * FilterExpression; {@code null} when the rest names {@code @CreatedAt} (DynamoDB refuses a filter on an index key).
	 */
	private static ReadPlan.@Nullable CreationOrder creationOrder(CreationOrderIndex index, ResolvedFilter filter) {
		List<ResolvedFilter> conjuncts = filter.conjuncts();
		ResolvedFilter sort = find(conjuncts, index.createdAt(), SORT_KEY_OPERATORS);
		List<ResolvedFilter> rest = withoutImplied(without(conjuncts, sort, null), index.createdAt(), null);
		if (mentions(rest, index.createdAt(), null)) {
			return null;
		}
		return new ReadPlan.CreationOrder(index, sort == null ? null : sort.condition(), ResolvedFilter.and(rest));
	}

	/** A Query on the index that answers the filter, or {@code null} when the index cannot. */
	private ReadPlan.@Nullable Query indexQuery(DynamitePersistentEntity<?> entity, IndexDefinition index,
			List<ResolvedFilter> conjuncts) {
		ResolvedFilter indexPartition = find(conjuncts, index.partitionKey(), EnumSet.of(Operator.EQ, Operator.IN));
		if (indexPartition == null) {
			return null;
		}
		ResolvedFilter indexSort = (index.sortKey() != null) ? find(conjuncts, index.sortKey(), SORT_KEY_OPERATORS) : null;
		if (!holdsEveryMatch(index, indexSort, conjuncts)) {
			warnIncompleteIndex(entity, index);
			return null;
		}
		List<ResolvedFilter> indexRest = withoutImplied(without(conjuncts, indexPartition, indexSort), index.partitionKey(),
				index.sortKey());
		// DynamoDB refuses a Query whose FilterExpression names the index's own keys (or, on a local index, the table's)
		if (mentions(indexRest, index.partitionKey(), index.sortKey())
				|| (index.local() && mentions(indexRest, entity.getPartitionKey(), entity.getSortKey()))) {
			return null;
		}
		// a FilterExpression on an attribute the index lacks would see it missing on every item
		if (!holdsAll(index, indexRest)) {
			return null;
		}
		return new ReadPlan.Query(index, index.partitionKey(), distinct(indexPartition.condition().values()),
				index.sortKey(), indexSort == null ? null : indexSort.condition(), ResolvedFilter.and(indexRest), false);
	}

	/** Whether the candidate reads fewer items than the current best (ties keep the current best). */
	private static boolean cheaper(ReadPlan.Query candidate, ReadPlan.Query best) {
		int partitions = Boolean.compare(candidate.partitionValues().size() == 1, best.partitionValues().size() == 1);
		if (partitions != 0) {
			return partitions > 0;
		}
		int sortCondition = Boolean.compare(candidate.sortCondition() != null, best.sortCondition() != null);
		if (sortCondition != 0) {
			return sortCondition > 0;
		}
		return wholeItems(candidate) && !wholeItems(best);
	}

	private static boolean wholeItems(ReadPlan.Query query) {
		return query.index() == null || query.index().returnsWholeItems();
	}

	/** Whether every condition in the filters, at any depth, is on an attribute the index holds. */
	private static boolean holdsAll(IndexDefinition index, List<ResolvedFilter> filters) {
		for (ResolvedFilter filter : filters) {
			ResolvedCondition condition = filter.condition();
			if (condition != null && !index.holds(condition.property().getAttributeName())) {
				return false;
			}
			if (!holdsAll(index, filter.children())) {
				return false;
			}
		}
		return true;
	}

	private void warnIncompleteIndex(DynamitePersistentEntity<?> entity, IndexDefinition index) {
		if (this.warnedIndexes.add(entity.getType().getName() + "#" + index.name())) {
			logger.warn(("%s of entity %s is not used for a filter on '%s' without a condition on its sort "
					+ "key '%s': items without that attribute are not in the index, so the index could miss matches and "
					+ "another plan answers instead. To keep the Query, give '%s' a @Default (or make it a primitive), or "
					+ "add a condition on it (exists() will do)").formatted(StringUtils.capitalize(index.describe()),
							entity.getType().getSimpleName(), index.partitionKey().getName(), index.sortKey().getName(),
							index.sortKey().getName()));
		}
	}

	/**
	 * Whether the index holds every item the filter matches: DynamoDB leaves out of a GSI each item without its sort
	 * key attribute, so the filter must require that attribute, or every item must have it.
	 */
	private static boolean holdsEveryMatch(IndexDefinition index, @Nullable ResolvedFilter sortCondition,
			List<ResolvedFilter> conjuncts) {
		DynamitePersistentProperty sortKey = index.sortKey();
		return sortKey == null || sortCondition != null || sortKey.isAlwaysPresent()
				|| find(conjuncts, sortKey, PRESENCE_OPERATORS) != null;
	}

	/**
	 * The conjuncts without {@code exists} on the given keys (every item a Query on those keys reads has them) and
	 * without the key conditions of overloaded indexes that the Query does not use (single-table design adds them next
	 * to the field conditions they are composed from, which still hold).
	 */
	private static List<ResolvedFilter> withoutImplied(List<ResolvedFilter> conjuncts, DynamitePersistentProperty partitionKey,
			@Nullable DynamitePersistentProperty sortKey) {
		List<ResolvedFilter> rest = new ArrayList<>(conjuncts.size());
		for (ResolvedFilter conjunct : conjuncts) {
			ResolvedCondition condition = conjunct.condition();
			boolean implied = condition != null && ((condition.operator() == Operator.EXISTS
					&& (condition.property().equals(partitionKey) || condition.property().equals(sortKey)))
					|| (condition.property() instanceof TemplateAttribute attribute && attribute.isIndexKey()));
			if (!implied) {
				rest.add(conjunct);
			}
		}
		return rest;
	}

	/** Whether any condition in the filters, at any depth, is on one of the given keys. */
	private static boolean mentions(List<ResolvedFilter> filters, DynamitePersistentProperty partitionKey,
			@Nullable DynamitePersistentProperty sortKey) {
		for (ResolvedFilter filter : filters) {
			ResolvedCondition condition = filter.condition();
			if (condition != null
					&& (condition.property().equals(partitionKey) || condition.property().equals(sortKey))) {
				return true;
			}
			if (mentions(filter.children(), partitionKey, sortKey)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable ResolvedFilter find(List<ResolvedFilter> conjuncts, DynamitePersistentProperty property,
			Set<Operator> operators) {
		for (ResolvedFilter conjunct : conjuncts) {
			ResolvedCondition condition = conjunct.condition();
			if (condition != null && condition.property().equals(property) && operators.contains(condition.operator())) {
				return conjunct;
			}
		}
		return null;
	}

	private static List<ResolvedFilter> without(List<ResolvedFilter> conjuncts, @Nullable ResolvedFilter used,
			@Nullable ResolvedFilter alsoUsed) {
		List<ResolvedFilter> rest = new ArrayList<>(conjuncts.size());
		for (ResolvedFilter conjunct : conjuncts) {
			if (conjunct != used && conjunct != alsoUsed) {
				rest.add(conjunct);
			}
		}
		return rest;
	}

	private static List<AttributeValue> distinct(List<AttributeValue> values) {
		return List.copyOf(new LinkedHashSet<>(values));
	}

	/**
	 * The primary key attribute names of the entity.
	 * @param entity the entity
	 * @return the primary key attribute names of the entity
	 */
	public static List<String> keyAttributes(DynamitePersistentEntity<?> entity) {
		DynamitePersistentProperty sortKey = entity.getSortKey();
		return sortKey == null ? List.of(entity.getPartitionKey().getAttributeName())
				: List.of(entity.getPartitionKey().getAttributeName(), sortKey.getAttributeName());
	}

	/**
	 * The attributes of the fields a single-table entity's key is composed of (none for other entities): a read of
	 * some attributes keeps them, so each result knows its key.
	 */
	private static List<String> keyFieldAttributes(DynamitePersistentEntity<?> entity) {
		SingleTableDefinition singleTable = entity.getSingleTable();
		if (singleTable == null) {
			return List.of();
		}
		return singleTable.keyFields().stream().map(DynamitePersistentProperty::getAttributeName).toList();
	}

	private Ordering ordering(DynamitePersistentEntity<?> entity, ReadPlan.Operation operation, QueryOptions options) {
		Sort sort = options.sort();
		if (operation instanceof ReadPlan.GetItem) {
			return new Ordering(true, null, List.of());
		}
		if (operation instanceof ReadPlan.Query query && query.partitionValues().size() == 1) {
			DynamitePersistentProperty sortKey = query.sortKey();
			boolean singleItem = query.index() == null && sortKey == null;
			if (sort.isUnsorted() && (sortKey != null || singleItem)) {
				return new Ordering(options.order().isAscending(), null, List.of());
			}
			List<Sort.Order> orders = sort.toList();
			if (orders.size() == 1 && sortKey != null
					&& TemplateConditions.sortsBy(sortKey, entity.getRequiredField(orders.get(0).getProperty()))) {
				return new Ordering(orders.get(0).isAscending(), null, List.of());
			}
		}
		List<String> attributes = new ArrayList<>();
		Comparator<Map<String, AttributeValue>> comparator = null;
		for (Sort.Order order : sort) {
			String attribute = entity.getRequiredField(order.getProperty()).getAttributeName();
			attributes.add(attribute);
			Comparator<Map<String, AttributeValue>> next = ItemOrder.by(attribute);
			next = order.isAscending() ? next : next.reversed();
			comparator = comparator == null ? next : comparator.thenComparing(next);
		}
		List<String> natural = new ArrayList<>();
		if (entity.getCreatedAt() != null) {
			natural.add(entity.getCreatedAt().getAttributeName());
		}
		natural.addAll(keyAttributes(entity));
		Comparator<Map<String, AttributeValue>> naturalOrder = null;
		for (String attribute : natural) {
			naturalOrder = naturalOrder == null ? ItemOrder.by(attribute) : naturalOrder.thenComparing(ItemOrder.by(attribute));
		}
		if (options.order() == Sort.Direction.DESC) {
			naturalOrder = naturalOrder.reversed();
		}
		attributes.addAll(natural);
		comparator = comparator == null ? naturalOrder : comparator.thenComparing(naturalOrder);
		// the creation-order index reads in the creation time's direction; the comparator merges shards and ties
		return new Ordering(!(operation instanceof ReadPlan.CreationOrder) || creationDirection(entity, options).isAscending(),
				comparator, attributes);
	}

	private record Ordering(boolean forward, @Nullable Comparator<Map<String, AttributeValue>> comparator,
			List<String> attributes) {
	}
}

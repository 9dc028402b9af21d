package dev.dynamite.core.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import dev.dynamite.core.Operator;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.CompositeTemplate;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.KeyValueEncoding;
import dev.dynamite.mapping.SingleTableDefinition;
import dev.dynamite.mapping.TemplateAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a filter on the fields of a single-table entity tells of its composed key attributes, as conditions the
 * {@link QueryPlanner} can use as key conditions:
 * <ul>
 * <li>equalities (or IN) on every field of a partition template: the composed partition key, by equality (IN);</li>
 * <li>then equalities on the leading fields of the sort template: the composed sort key by equality when they are
 * all bound, else {@code begins_with} the known prefix (at least the template's literal start, which tells the type
 * apart from others in the partition);</li>
 * <li>a range (or {@code begins_with}) on the first unbound sort field: a range on the sort key, for fields whose key
 * form has a fixed width (whole numbers, instants, dates, times), where string order is value order.</li>
 * </ul>
 * For the table's key, the equalities it encodes are replaced by the key conditions (the stored fields equal what the
 * key encodes, and every read of the type checks the discriminator), so a filter naming a whole key becomes a GetItem.
 * Range conditions stay in the filter: the key range may hold a few items more, never fewer. Indexes get their key
 * conditions added next to the fields' conditions.
 */
final class TemplateConditions {

	private static final Set<Operator> RANGES = EnumSet.of(Operator.LT, Operator.LE, Operator.GT, Operator.GE,
			Operator.BETWEEN);

	/** Product of IN lists beyond which the partition is left to a Scan or an index (BatchGetItem's batch size). */
	private static final int MAX_PARTITIONS = 100;

	private final DynamiteConverter converter;

	TemplateConditions(DynamiteConverter converter) {
		this.converter = converter;
	}

	/**
	 * The filter with the key conditions its field conditions imply.
	 * @param entity a single-table entity
	 * @param definition its single-table design
	 * @param filter the resolved filter on its fields
	 * @return the filter for the planner
	 */
	ResolvedFilter narrow(DynamitePersistentEntity<?> entity, SingleTableDefinition definition, ResolvedFilter filter) {
		List<ResolvedFilter> conjuncts = filter.conjuncts();
		Map<DynamitePersistentProperty, List<Object>> bound = new LinkedHashMap<>();
		Map<DynamitePersistentProperty, ResolvedFilter> binding = new LinkedHashMap<>();
		for (ResolvedFilter conjunct : conjuncts) {
			ResolvedCondition condition = conjunct.condition();
			if (condition == null || bound.containsKey(condition.property())
					|| (condition.operator() != Operator.EQ && condition.operator() != Operator.IN)) {
				continue;
			}
			List<Object> values = new ArrayList<>(condition.values().size());
			for (AttributeValue value : condition.values()) {
				Object field = this.converter.fromAttributeValue(condition.property(), value);
				if (field == null || !KeyValueEncoding.supports(field.getClass())) {
					values = null;
					break;
				}
				values.add(field);
			}
			if (values != null) {
				bound.put(condition.property(), values);
				binding.put(condition.property(), conjunct);
			}
		}
		List<ResolvedFilter> narrowed = new ArrayList<>(conjuncts);
		Set<ResolvedFilter> consumed = new LinkedHashSet<>();
		if (addKey(definition.partitionKey(), definition.sortKey(), bound, conjuncts, narrowed, binding, consumed)) {
			narrowed.removeIf(consumed::contains);
		}
		for (SingleTableDefinition.Index index : definition.indexes()) {
			addKey(index.partitionKey(), index.sortKey(), bound, conjuncts, narrowed, binding, null);
		}
		return narrowed.equals(conjuncts) ? filter : ResolvedFilter.and(narrowed);
	}

	/**
	 * Adds the key conditions of one key (the table's or an index's) when the partition template is bound; records the
	 * equalities they encode in {@code consumed} (when given).
	 */
	private boolean addKey(TemplateAttribute partitionKey, TemplateAttribute sortKey,
			Map<DynamitePersistentProperty, List<Object>> bound, List<ResolvedFilter> conjuncts,
			List<ResolvedFilter> narrowed, Map<DynamitePersistentProperty, ResolvedFilter> binding,
			@Nullable Set<ResolvedFilter> consumed) {
		CompositeTemplate partition = partitionKey.getTemplate();
		CompositeTemplate sort = sortKey.getTemplate();
		if (partition == null || sort == null) {
			return false;
		}
		List<Map<DynamitePersistentProperty, Object>> combinations = combinations(partition.fields(), bound);
		if (combinations.isEmpty()) {
			return false;
		}
		List<AttributeValue> partitions = new ArrayList<>(combinations.size());
		for (Map<DynamitePersistentProperty, Object> combination : combinations) {
			partitions.add(AttributeValue.fromS(partition.compose(combination::get)));
		}
		List<AttributeValue> distinct = List.copyOf(new LinkedHashSet<>(partitions));
		narrowed.add(ResolvedFilter.of(new ResolvedCondition(partitionKey,
				distinct.size() == 1 ? Operator.EQ : Operator.IN, distinct)));
		Map<DynamitePersistentProperty, Object> single = new LinkedHashMap<>();
		bound.forEach((field, values) -> {
			if (values.size() == 1) {
				single.put(field, values.get(0));
			}
		});
		CompositeTemplate.Prefix prefix = sort.prefix(single);
		ResolvedCondition sortCondition = prefix.complete()
				? new ResolvedCondition(sortKey, Operator.EQ, List.of(AttributeValue.fromS(prefix.text())))
				: nextFieldCondition(sortKey, prefix, conjuncts);
		if (sortCondition == null && !prefix.text().isEmpty()) {
			sortCondition = new ResolvedCondition(sortKey, Operator.BEGINS_WITH, List.of(AttributeValue.fromS(prefix.text())));
		}
		if (sortCondition != null) {
			narrowed.add(ResolvedFilter.of(sortCondition));
		}
		if (consumed != null) {
			for (DynamitePersistentProperty field : partition.fields()) {
				consumed.add(binding.get(field));
			}
			for (DynamitePersistentProperty field : sort.fields()) {
				if (field.equals(prefix.next())) {
					break;
				}
				if (binding.containsKey(field) && single.containsKey(field)) {
					consumed.add(binding.get(field));
				}
			}
		}
		return true;
	}

	/** Every combination of the fields' bound values, or none when a field is unbound or there are too many. */
	private static List<Map<DynamitePersistentProperty, Object>> combinations(List<DynamitePersistentProperty> fields,
			Map<DynamitePersistentProperty, List<Object>> bound) {
		List<Map<DynamitePersistentProperty, Object>> combinations = new ArrayList<>();
		combinations.add(new LinkedHashMap<>());
		for (DynamitePersistentProperty field : fields) {
			List<Object> values = bound.get(field);
			if (values == null || combinations.size() * values.size() > MAX_PARTITIONS) {
				return List.of();
			}
			List<Map<DynamitePersistentProperty, Object>> next = new ArrayList<>();
			for (Map<DynamitePersistentProperty, Object> combination : combinations) {
				for (Object value : values) {
					Map<DynamitePersistentProperty, Object> extended = new LinkedHashMap<>(combination);
					extended.put(field, value);
					next.add(extended);
				}
			}
			combinations = next;
		}
		return combinations;
	}

	/**
	 * The sort key range of a range (or {@code begins_with}) on the first unbound sort field, or {@code null}. Bounds
	 * are the prefix plus the encoded value; an upper bound that must include the value's own keys uses the encoded
	 * value with its last character raised by one (every key of that value sorts before it, as the form has a fixed
	 * width).
	 */
	private @Nullable ResolvedCondition nextFieldCondition(TemplateAttribute sortKey, CompositeTemplate.Prefix prefix,
			List<ResolvedFilter> conjuncts) {
		DynamitePersistentProperty next = prefix.next();
		if (next == null) {
			return null;
		}
		boolean fixedWidth = fixedWidth(next.getType());
		for (ResolvedFilter conjunct : conjuncts) {
			ResolvedCondition condition = conjunct.condition();
			if (condition == null || !condition.property().equals(next)) {
				continue;
			}
			Operator operator = condition.operator();
			if (operator == Operator.BEGINS_WITH && next.getType() == String.class && condition.value().s() != null) {
				return new ResolvedCondition(sortKey, Operator.BEGINS_WITH,
						List.of(AttributeValue.fromS(prefix.text() + KeyValueEncoding.escape(condition.value().s()))));
			}
			if (!fixedWidth || !RANGES.contains(operator)) {
				continue;
			}
			List<String> encoded = new ArrayList<>(condition.values().size());
			for (AttributeValue value : condition.values()) {
				Object field = this.converter.fromAttributeValue(next, value);
				if (field == null) {
					return null;
				}
				try {
					encoded.add(KeyValueEncoding.encode(field));
				}
				catch (IllegalArgumentException ex) {
					// a bound with no fixed-width form (a year past 9999): the field's own condition alone answers
					return null;
				}
			}
			String low = prefix.text() + encoded.get(0);
			return switch (operator) {
				case GE -> range(sortKey, Operator.GE, low);
				case GT -> range(sortKey, Operator.GE, prefix.text() + above(encoded.get(0)));
				case LT -> range(sortKey, Operator.LT, low);
				case LE -> range(sortKey, Operator.LT, prefix.text() + above(encoded.get(0)));
				case BETWEEN -> new ResolvedCondition(sortKey, Operator.BETWEEN, List.of(AttributeValue.fromS(low),
						AttributeValue.fromS(prefix.text() + above(encoded.get(1)))));
				default -> null;
			};
		}
		return null;
	}

	private static ResolvedCondition range(TemplateAttribute sortKey, Operator operator, String bound) {
		return new ResolvedCondition(sortKey, operator, List.of(AttributeValue.fromS(bound)));
	}

	/** The encoded value with its last character raised by one: above every key of this value, below every greater. */
	private static String above(String encoded) {
		char last = encoded.charAt(encoded.length() - 1);
		return encoded.substring(0, encoded.length() - 1) + (char) (last + 1);
	}

	/**
	 * Whether a Query's order on this sort key is the order of the field: the field is the sort key itself, or the
	 * first field of a single-table sort template with a fixed-width form (after the type's constant literal prefix,
	 * so the key orders by the field, then by the fields after it).
	 * @param sortKey the sort key of the table or index queried
	 * @param field the field to order by
	 * @return whether the key's order is the field's
	 */
	static boolean sortsBy(DynamitePersistentProperty sortKey, DynamitePersistentProperty field) {
		if (sortKey.equals(field)) {
			return true;
		}
		CompositeTemplate template = (sortKey instanceof TemplateAttribute attribute) ? attribute.getTemplate() : null;
		return template != null && !template.fields().isEmpty() && template.fields().get(0).equals(field)
				&& fixedWidth(field.getType());
	}

	/** Types whose key form has a fixed width, so that string order is value order across the key's later parts. */
	private static boolean fixedWidth(Class<?> type) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		return boxed == Long.class || boxed == Integer.class || boxed == Short.class || boxed == Byte.class
				|| boxed == Instant.class || boxed == LocalDateTime.class || boxed == LocalDate.class
				|| boxed == LocalTime.class;
	}
}

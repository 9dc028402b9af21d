package dev.dynamite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An immutable filter over an entity's fields: a tree of {@link Condition}s combined with AND and OR.
 * {@code and(...)} and {@code or(...)} return new instances.
 *
 * <pre class="code">
 * Filter.all();
 * Filter.where("role", "admin").and("active", true);
 * Filter.where("age").gt(18).and("name").beginsWith("J");
 * Filter.where("id", List.of("a", "b"));          // a Collection value means IN
 * Filter.where("deleted_at", null);               // null means "attribute does not exist"
 * Filter.where("role", "admin").or(Filter.where("role", "moderator"));
 * </pre>
 *
 * Fields are validated against the entity when the filter is used, before any request is sent.
 */
public final class Filter {

	/** The shape of a filter node. */
	public enum Kind {
		/** Matches every item. */
		ALL,
		/** A single condition. */
		CONDITION,
		/** All children match. */
		AND,
		/** At least one child matches. */
		OR
	}

	private static final Filter ALL = new Filter(Kind.ALL, null, List.of());

	private final Kind kind;

	private final @Nullable Condition condition;

	private final List<Filter> children;

	private Filter(Kind kind, @Nullable Condition condition, List<Filter> children) {
		this.kind = kind;
		this.condition = condition;
		this.children = List.copyOf(children);
	}

	/**
	 * The filter matching every item (the seed's {@code where({})}).
	 * @return the filter matching every item (the seed's {@code where({})})
	 */
	public static Filter all() {
		return ALL;
	}

	/**
	 * Wraps one condition.
	 * @param condition the condition
	 * @return the filter
	 */
	public static Filter of(Condition condition) {
		Assert.notNull(condition, "Condition must not be null");
		return new Filter(Kind.CONDITION, condition, List.of());
	}

	/**
	 * Equality on several fields, combined with AND (the seed's {@code where({role, active})}); an empty map is
	 * {@link #all()}. Collection values mean IN, {@code null} means "does not exist".
	 * @param equalities the values, by field name (a Collection value means IN)
	 * @return the filter
	 */
	public static Filter of(Map<String, ?> equalities) {
		Assert.notNull(equalities, "Equalities must not be null");
		Filter filter = ALL;
		for (Map.Entry<String, ?> entry : equalities.entrySet()) {
			filter = filter.and(entry.getKey(), entry.getValue());
		}
		return filter;
	}

	/**
	 * Equality on one field: a Collection value means IN, {@code null} means "does not exist".
	 * @param field the field name
	 * @param value the value
	 * @return the filter
	 */
	public static Filter where(String field, @Nullable Object value) {
		return of(equality(field, value));
	}

	/**
	 * Starts a condition on a field: {@code Filter.where("age").gt(18)}.
	 * @param field the field name
	 * @return the condition to complete
	 */
	public static Field where(String field) {
		return new Field(field, null, Kind.AND);
	}

	/**
	 * All the given filters match.
	 * @param filters the filters
	 * @return all the given filters match
	 */
	public static Filter allOf(Filter... filters) {
		Filter result = ALL;
		for (Filter filter : filters) {
			result = result.and(filter);
		}
		return result;
	}

	/**
	 * At least one of the given filters matches.
	 * @param filters the filters
	 * @return the filter
	 */
	public static Filter anyOf(Filter... filters) {
		Assert.notEmpty(filters, "anyOf needs at least one filter");
		Filter result = filters[0];
		for (int i = 1; i < filters.length; i++) {
			result = result.or(filters[i]);
		}
		return result;
	}

	/**
	 * This filter AND equality on a field (Collection means IN, {@code null} means "does not exist").
	 * @param field the field name
	 * @param value the value
	 * @return this filter AND equality on a field (Collection means IN, {@code null} means "does not exist")
	 */
	public Filter and(String field, @Nullable Object value) {
		return and(of(equality(field, value)));
	}

	/**
	 * Starts a condition ANDed to this filter: {@code filter.and("age").gt(18)}.
	 * @param field the field name
	 * @return the condition to complete
	 */
	public Field and(String field) {
		return new Field(field, this, Kind.AND);
	}

	/**
	 * Starts a condition ORed to this filter: {@code filter.or("role").eq("admin")}.
	 * @param field the field name
	 * @return the condition to complete
	 */
	public Field or(String field) {
		return new Field(field, this, Kind.OR);
	}

	/**
	 * This filter AND another.
	 * @param other the other filter
	 * @return this filter AND another
	 */
	public Filter and(Filter other) {
		return combine(Kind.AND, other);
	}

	/**
	 * This filter OR another.
	 * @param other the other filter
	 * @return this filter OR another
	 */
	public Filter or(Filter other) {
		return combine(Kind.OR, other);
	}

	private Filter combine(Kind operator, Filter other) {
		Assert.notNull(other, "Filter must not be null");
		if (operator == Kind.AND) {
			if (other.kind == Kind.ALL) {
				return this;
			}
			if (this.kind == Kind.ALL) {
				return other;
			}
		}
		else if (this.kind == Kind.ALL || other.kind == Kind.ALL) {
			return ALL;
		}
		List<Filter> parts = new ArrayList<>();
		addFlattened(parts, operator, this);
		addFlattened(parts, operator, other);
		return new Filter(operator, null, parts);
	}

	private static void addFlattened(List<Filter> parts, Kind operator, Filter filter) {
		if (filter.kind == operator) {
			parts.addAll(filter.children);
		}
		else {
			parts.add(filter);
		}
	}

	private static Condition equality(String field, @Nullable Object value) {
		if (value == null) {
			return new Condition(field, Operator.NOT_EXISTS, List.of());
		}
		if (value instanceof Collection<?> collection) {
			return new Condition(field, Operator.IN, new ArrayList<>(collection));
		}
		if (value instanceof Object[] array) {
			return new Condition(field, Operator.IN, Arrays.asList(array));
		}
		return new Condition(field, Operator.EQ, List.of(value));
	}

	/**
	 * The node kind.
	 * @return the node kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Whether this filter matches everything.
	 * @return whether this filter matches everything
	 */
	public boolean isAll() {
		return this.kind == Kind.ALL;
	}

	/**
	 * The condition of a {@link Kind#CONDITION} node, else {@code null}.
	 * @return the condition of a {@link Kind#CONDITION} node, else {@code null}
	 */
	public @Nullable Condition condition() {
		return this.condition;
	}

	/**
	 * The children of an AND or OR node (empty otherwise).
	 * @return the children of an AND or OR node (empty otherwise)
	 */
	public List<Filter> children() {
		return this.children;
	}

	/**
	 * The conditions of a filter that is a plain conjunction (one condition, or an AND of conditions), or
	 * {@code null} when the filter contains an OR.
	 * @return the conditions of a filter that is a plain conjunction (one condition, or an AND of conditions), or
	 * {@code null} when the filter contains an OR
	 */
	public @Nullable List<Condition> conjunction() {
		return switch (this.kind) {
			case ALL -> List.of();
			case CONDITION -> List.of(this.condition);
			case OR -> null;
			case AND -> {
				List<Condition> conditions = new ArrayList<>();
				for (Filter child : this.children) {
					if (child.kind != Kind.CONDITION) {
						yield null;
					}
					conditions.add(child.condition);
				}
				yield conditions;
			}
		};
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Filter filter && this.kind == filter.kind
				&& java.util.Objects.equals(this.condition, filter.condition) && this.children.equals(filter.children);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.kind, this.condition, this.children);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case ALL -> "ALL";
			case CONDITION -> String.valueOf(this.condition);
			case AND, OR -> this.children.stream()
				.map(Filter::toString)
				.collect(java.util.stream.Collectors.joining(" " + this.kind + " ", "(", ")"));
		};
	}

	/**
	 * The second half of {@code where("field").op(value)}: each method returns the finished, immutable filter.
	 */
	public static final class Field {

		private final String name;

		private final @Nullable Filter base;

		private final Kind join;

		private Field(String name, @Nullable Filter base, Kind join) {
			Assert.hasText(name, "Field name must not be empty");
			this.name = name;
			this.base = base;
			this.join = join;
		}

		private Filter finish(Operator operator, @Nullable Object... values) {
			Filter filter = Filter.of(new Condition(this.name, operator, Arrays.asList(values)));
			if (this.base == null) {
				return filter;
			}
			return this.join == Kind.AND ? this.base.and(filter) : this.base.or(filter);
		}

		/**
		 * Equal to the value; {@code null} means "does not exist", a Collection means IN.
		 * @param value the value
		 * @return the filter
		 */
		public Filter eq(@Nullable Object value) {
			Filter filter = Filter.where(this.name, value);
			return this.base == null ? filter : (this.join == Kind.AND ? this.base.and(filter) : this.base.or(filter));
		}

		/**
		 * Not equal to the value.
		 * @param value the value
		 * @return the filter
		 */
		public Filter ne(Object value) {
			return finish(Operator.NE, value);
		}

		/**
		 * Less than.
		 * @param value the value
		 * @return the filter
		 */
		public Filter lt(Object value) {
			return finish(Operator.LT, value);
		}

		/**
		 * Less than or equal.
		 * @param value the value
		 * @return the filter
		 */
		public Filter le(Object value) {
			return finish(Operator.LE, value);
		}

		/**
		 * Greater than.
		 * @param value the value
		 * @return the filter
		 */
		public Filter gt(Object value) {
			return finish(Operator.GT, value);
		}

		/**
		 * Greater than or equal.
		 * @param value the value
		 * @return the filter
		 */
		public Filter ge(Object value) {
			return finish(Operator.GE, value);
		}

		/**
		 * Between two values, inclusive.
		 * @param low the low
		 * @param high the high
		 * @return the filter
		 */
		public Filter between(Object low, Object high) {
			return finish(Operator.BETWEEN, low, high);
		}

		/**
		 * One of the values.
		 * @param values the values
		 * @return the filter
		 */
		public Filter in(Collection<?> values) {
			return finish(Operator.IN, values.toArray());
		}

		/**
		 * One of the values.
		 * @param values the values
		 * @return the filter
		 */
		public Filter in(Object... values) {
			return finish(Operator.IN, values);
		}

		/**
		 * None of the values.
		 * @param values the values
		 * @return the filter
		 */
		public Filter notIn(Collection<?> values) {
			return finish(Operator.NOT_IN, values.toArray());
		}

		/**
		 * None of the values.
		 * @param values the values
		 * @return the filter
		 */
		public Filter notIn(Object... values) {
			return finish(Operator.NOT_IN, values);
		}

		/**
		 * A string (or binary) starting with the prefix.
		 * @param prefix the table name prefix
		 * @return a string (or binary) starting with the prefix
		 */
		public Filter beginsWith(Object prefix) {
			return finish(Operator.BEGINS_WITH, prefix);
		}

		/**
		 * A string containing the substring, or a set/list containing the element.
		 * @param value the value
		 * @return a string containing the substring, or a set/list containing the element
		 */
		public Filter contains(Object value) {
			return finish(Operator.CONTAINS, value);
		}

		/**
		 * The negation of {@link #contains(Object)}.
		 * @param value the value
		 * @return the negation of {@link #contains(Object)}
		 */
		public Filter notContains(Object value) {
			return finish(Operator.NOT_CONTAINS, value);
		}

		/**
		 * The attribute exists.
		 * @return the attribute exists
		 */
		public Filter exists() {
			return finish(Operator.EXISTS);
		}

		/**
		 * The attribute does not exist.
		 * @return the attribute does not exist
		 */
		public Filter notExists() {
			return finish(Operator.NOT_EXISTS);
		}
	}
}

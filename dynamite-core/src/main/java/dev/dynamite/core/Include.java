package dev.dynamite.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A relation to load with a read ({@link QueryOptions.Builder#include(Include...)}): its name (the relation field),
 * a filter, limit and attributes for the related items, and the relations of those to load in turn, to any depth.
 * Immutable.
 *
 * <pre class="code">
 * QueryOptions.builder()
 *     .include(Include.of("departments", Include.of("employees", QueryOptions.builder().limit(5).build(),
 *         Include.of("tasks"))))
 *     .build();
 * </pre>
 *
 * Relation fields are never loaded otherwise: without an include they stay {@code null}. For each relation the
 * related items of all the parents in a result are read together: a belongs-to with one BatchGetItem of the distinct
 * foreign keys (100 keys a request); a has-many with one Query per parent on the foreign key (the target's table or a
 * global index, never a Scan), with the limit applied per parent; a many-to-many with one Query on the pivot per
 * parent, then one BatchGetItem of the distinct related keys. A belongs-to whose item fails the filter is {@code null};
 * a list relation with no match is empty.
 */
public final class Include {

	private final String relation;

	private final Filter filter;

	private final QueryOptions options;

	private final List<Include> nested;

	private Include(String relation, Filter filter, QueryOptions options, List<Include> nested) {
		Assert.isTrue(StringUtils.hasText(relation), "Relation name must not be empty");
		Assert.notNull(filter, "Filter must not be null");
		Assert.notNull(options, "QueryOptions must not be null");
		Assert.noNullElements(nested, "Nested includes must not contain null");
		Assert.isTrue(options.includes().isEmpty(),
				() -> "Include '" + relation + "': give nested relations as Include arguments, not in its QueryOptions");
		this.relation = relation;
		this.filter = filter;
		this.options = options;
		this.nested = List.copyOf(nested);
	}

	/**
	 * Loads the relation with all its items, and the nested relations of those.
	 * @param relation the relation field's name
	 * @param nested relations of the related items to load too
	 * @return the include
	 */
	public static Include of(String relation, Include... nested) {
		return new Include(relation, Filter.all(), QueryOptions.none(), Arrays.asList(nested));
	}

	/**
	 * Loads the relation with these options for the related items (limit per parent, attributes, order).
	 * @param relation the relation field's name
	 * @param options limit, attributes and order of the related items
	 * @param nested relations of the related items to load too
	 * @return the include
	 */
	public static Include of(String relation, QueryOptions options, Include... nested) {
		return new Include(relation, Filter.all(), options, Arrays.asList(nested));
	}

	/**
	 * Loads the related items that match a filter, with these options.
	 * @param relation the relation field's name
	 * @param filter which related items
	 * @param options limit, attributes and order of the related items
	 * @param nested relations of the related items to load too
	 * @return the include
	 */
	public static Include of(String relation, Filter filter, QueryOptions options, Include... nested) {
		return new Include(relation, filter, options, Arrays.asList(nested));
	}

	/**
	 * This include with a filter on the related items.
	 * @param filter which related items
	 * @return a new include
	 */
	public Include where(Filter filter) {
		return new Include(this.relation, filter, this.options, this.nested);
	}

	/**
	 * The relation field's name.
	 * @return the relation field's name
	 */
	public String relation() {
		return this.relation;
	}

	/**
	 * Which related items ({@link Filter#all()} for every one).
	 * @return the filter
	 */
	public Filter filter() {
		return this.filter;
	}

	/**
	 * Limit (per parent), attributes and order of the related items.
	 * @return the options
	 */
	public QueryOptions options() {
		return this.options;
	}

	/**
	 * The relations of the related items to load in turn.
	 * @return the nested includes
	 */
	public List<Include> nested() {
		return this.nested;
	}

	/**
	 * Includes from dotted paths, as {@code @WithRelations} declares them: {@code "departments.employees"} loads
	 * {@code departments} and their {@code employees}; paths sharing a start are merged.
	 * @param paths the paths
	 * @return the includes, in the order their first segments appear
	 */
	public static List<Include> fromPaths(String... paths) {
		java.util.Map<String, java.util.List<String>> byHead = new java.util.LinkedHashMap<>();
		for (String path : paths) {
			Assert.isTrue(StringUtils.hasText(path), "Relation path must not be empty");
			int dot = path.indexOf('.');
			String head = dot < 0 ? path : path.substring(0, dot);
			java.util.List<String> rests = byHead.computeIfAbsent(head, (key) -> new java.util.ArrayList<>());
			if (dot >= 0) {
				rests.add(path.substring(dot + 1));
			}
		}
		return byHead.entrySet()
			.stream()
			.map((entry) -> of(entry.getKey(), fromPaths(entry.getValue().toArray(String[]::new)).toArray(Include[]::new)))
			.toList();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Include that && this.relation.equals(that.relation)
				&& this.filter.equals(that.filter) && this.options.equals(that.options) && this.nested.equals(that.nested));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.relation, this.filter, this.options, this.nested);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Include[").append(this.relation);
		if (!this.filter.isAll()) {
			text.append(", filter=").append(this.filter);
		}
		if (!this.options.equals(QueryOptions.none())) {
			text.append(", options=").append(this.options);
		}
		if (!this.nested.isEmpty()) {
			text.append(", nested=").append(this.nested);
		}
		return text.append(']').toString();
	}
}

package dev.dynamite.core.plan;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Filter;

/**
 * A {@link Filter} checked against the entity: the same tree, with resolved conditions.
 *
 * @param kind AND, OR, CONDITION or ALL
 * @param condition the condition of a CONDITION node
 * @param children the children of an AND or OR node
 */
public record ResolvedFilter(Filter.Kind kind, @Nullable ResolvedCondition condition, List<ResolvedFilter> children) {

	/** The filter matching everything. */
	public static final ResolvedFilter ALL = new ResolvedFilter(Filter.Kind.ALL, null, List.of());

	/**
	 * A single condition.
	 * @param condition the condition
	 * @return a single condition
	 */
	public static ResolvedFilter of(ResolvedCondition condition) {
		return new ResolvedFilter(Filter.Kind.CONDITION, condition, List.of());
	}

	/**
	 * The parts that must all hold: the children of an AND, else this filter alone (none for ALL).
	 * @return the parts that must all hold
	 */
	public List<ResolvedFilter> conjuncts() {
		return switch (this.kind) {
			case ALL -> List.of();
			case AND -> this.children;
			default -> List.of(this);
		};
	}

	/**
	 * The AND of the given parts (ALL when empty).
	 * @param parts the parts
	 * @return the AND of the given parts (ALL when empty)
	 */
	public static ResolvedFilter and(List<ResolvedFilter> parts) {
		if (parts.isEmpty()) {
			return ALL;
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return new ResolvedFilter(Filter.Kind.AND, null, new ArrayList<>(parts));
	}
}

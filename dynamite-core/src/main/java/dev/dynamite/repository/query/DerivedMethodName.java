package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;

import dev.dynamite.mapping.DynamitePersistentProperty;

/**
 * A repository method name prepared for Spring Data's {@link org.springframework.data.repository.query.parser.PartTree}:
 * <ul>
 * <li>Dynamite's {@code findLast...} / {@code findLastN...} prefix (not a Spring Data keyword) is detected and
 * removed: the query then runs in reversed order with a limit of 1 (or N);</li>
 * <li>the {@code OrderBy} clause is parsed here, with property names resolved by {@link PropertyNameResolver};</li>
 * <li>predicate properties naming snake_case fields ({@code CreatedAt} or {@code Created_at} for {@code created_at})
 * are quoted so that Spring Data does not read the underscore as a nested-path separator.</li>
 * </ul>
 *
 * @param treeSource the name to build the PartTree from (predicate only, no OrderBy)
 * @param orderBy the sort of the OrderBy clause, with field names
 * @param last whether the method is a {@code findLast...} method
 * @param lastCount how many items a {@code findLast...} method returns (1, or N of {@code findLastN})
 */
public record DerivedMethodName(String treeSource, Sort orderBy, boolean last, int lastCount) {

	private static final Pattern LAST = Pattern.compile("^(find|read|get|query|search|stream)Last(\\d*)(By.*)?$");

	private static final Pattern PREFIX = Pattern
		.compile("^(find|read|get|query|search|stream|count|exists|delete|remove)((\\p{Lu}.*?))??By");

	private static final Pattern ORDER_BY = Pattern.compile("OrderBy(?=\\p{Lu})");

	private static final Pattern ORDER_BLOCK = Pattern.compile("(?<=Asc|Desc)(?=\\p{Lu})");

	private static final Pattern ORDER_DIRECTION = Pattern.compile("(.+?)(Asc|Desc)?$");

	private static final Pattern BOUNDARY = Pattern.compile("(And|Or)$");

	/**
	 * Prepares a method name.
	 * @param methodName the method name
	 * @param resolver the resolver
	 * @return the derived method name
	 * @throws IllegalArgumentException when an OrderBy property matches no field, or a count is zero
	 */
	public static DerivedMethodName parse(String methodName, PropertyNameResolver resolver) {
		String name = methodName;
		boolean last = false;
		int lastCount = 1;
		Matcher lastMatcher = LAST.matcher(name);
		if (lastMatcher.matches()) {
			last = true;
			if (!lastMatcher.group(2).isEmpty()) {
				lastCount = Integer.parseInt(lastMatcher.group(2));
				if (lastCount < 1) {
					throw new IllegalArgumentException("findLast needs a count of at least 1, was " + lastCount);
				}
			}
			String rest = lastMatcher.group(3);
			name = lastMatcher.group(1) + (rest != null ? rest : "By");
		}
		Matcher prefix = PREFIX.matcher(name);
		if (!prefix.find()) {
			return new DerivedMethodName(name, Sort.unsorted(), last, lastCount);
		}
		String subject = name.substring(0, prefix.end());
		String predicate = name.substring(prefix.end());
		Sort orderBy = Sort.unsorted();
		Matcher orderMatcher = ORDER_BY.matcher(predicate);
		if (orderMatcher.find()) {
			orderBy = parseOrderBy(predicate.substring(orderMatcher.end()), resolver);
			predicate = predicate.substring(0, orderMatcher.start());
		}
		return new DerivedMethodName(subject + quoteSnakeCaseProperties(predicate, resolver), orderBy, last,
				lastCount);
	}

	private static Sort parseOrderBy(String clause, PropertyNameResolver resolver) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String block : ORDER_BLOCK.split(clause)) {
			Matcher matcher = ORDER_DIRECTION.matcher(block);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("Invalid OrderBy clause '" + clause + "'");
			}
			String field = resolver.fieldName(StringUtils.uncapitalize(matcher.group(1)));
			Sort.Direction direction = "Desc".equals(matcher.group(2)) ? Sort.Direction.DESC : Sort.Direction.ASC;
			orders.add(new Sort.Order(direction, field));
		}
		return Sort.by(orders);
	}

	/**
	 * Quotes ({@code \Q..\E}, which Spring Data's PropertyPath takes literally) the properties that name a
	 * snake_case field by its camelCase or capitalized form, at the start of the predicate or after And / Or.
	 */
	private static String quoteSnakeCaseProperties(String predicate, PropertyNameResolver resolver) {
		List<String[]> candidates = new ArrayList<>();
		for (DynamitePersistentProperty property : resolver.getEntity()) {
			String field = property.getName();
			if (!field.contains("_")) {
				continue;
			}
			candidates.add(new String[] { StringUtils.capitalize(field), field });
			String camel = StringUtils.capitalize(camelCase(field));
			if (resolver.getEntity().getPersistentProperty(StringUtils.uncapitalize(camel)) == null) {
				candidates.add(new String[] { camel, field });
			}
		}
		if (candidates.isEmpty()) {
			return predicate;
		}
		candidates.sort(Comparator.comparingInt((String[] c) -> c[0].length()).reversed());
		StringBuilder result = new StringBuilder();
		int i = 0;
		while (i < predicate.length()) {
			String[] match = (i == 0 || BOUNDARY.matcher(predicate.substring(0, i)).find())
					? matchAt(predicate, i, candidates) : null;
			if (match != null) {
				result.append("\\Q").append(match[1]).append("\\E");
				i += match[0].length();
			}
			else {
				result.append(predicate.charAt(i++));
			}
		}
		return result.toString();
	}

	private static String @Nullable [] matchAt(String predicate, int index, List<String[]> candidates) {
		for (String[] candidate : candidates) {
			int end = index + candidate[0].length();
			if (predicate.startsWith(candidate[0], index)
					&& (end == predicate.length() || Character.isUpperCase(predicate.charAt(end)))) {
				return candidate;
			}
		}
		return null;
	}

	private static String camelCase(String snake) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : snake.toCharArray()) {
			if (c == '_') {
				upper = camel.length() > 0;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}
}

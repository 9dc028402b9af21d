package dev.dynamite.sample.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;

/**
 * The query string of {@code GET /users} as a Dynamite {@link Filter} and {@link QueryOptions}: {@code skip},
 * {@code limit}, {@code order} ({@code asc}/{@code desc}) and {@code attributes} (comma-separated fields) are options;
 * every other parameter is an equality filter on the field of that name ({@code role=admin&active=true}), and a
 * repeated parameter means IN ({@code role=admin&role=premium}). Dynamite checks the fields and converts the values
 * before any request, failing with an {@link IllegalArgumentException} naming the field and the value.
 */
final class UserListQuery {

	private static final Set<String> OPTIONS = Set.of("skip", "limit", "order", "attributes");

	private UserListQuery() {
	}

	/** The filter of every non-option parameter, ANDed. */
	static Filter filter(MultiValueMap<String, String> parameters) {
		Filter filter = Filter.all();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			if (OPTIONS.contains(parameter.getKey())) {
				continue;
			}
			List<String> values = parameter.getValue();
			filter = filter.and(parameter.getKey(), (values.size() == 1) ? values.get(0) : values);
		}
		return filter;
	}

	/** The read options; negative skip or limit fail in {@link QueryOptions}. */
	static QueryOptions options(@Nullable Integer skip, @Nullable Integer limit, @Nullable String order,
			@Nullable List<String> attributes) {
		QueryOptions.Builder options = QueryOptions.builder().limit(limit).order(direction(order));
		if (skip != null) {
			options.skip(skip);
		}
		if (attributes != null) {
			options.attributes(attributes.stream().map(String::trim).filter(a -> !a.isEmpty()).toList());
		}
		return options.build();
	}

	private static Sort.Direction direction(@Nullable String order) {
		if (order == null) {
			return Sort.Direction.ASC;
		}
		return switch (order.toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> throw new IllegalArgumentException("Invalid value '" + order + "' for parameter 'order': use asc or desc");
		};
	}
}

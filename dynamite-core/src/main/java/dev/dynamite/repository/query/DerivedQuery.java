package dev.dynamite.repository.query;

import org.springframework.data.domain.Sort;

import dev.dynamite.core.Filter;

/**
 * The result of compiling a derived query method's predicate: the filter and the sort given at run time.
 *
 * @param filter the filter of the method's predicate
 * @param sort the dynamic sort (a {@code Sort} or {@code Pageable} argument)
 */
public record DerivedQuery(Filter filter, Sort sort) {
}

package dev.dynamite.repository.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.parser.AbstractQueryCreator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import dev.dynamite.core.Condition;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Operator;

/**
 * Compiles a {@link PartTree} into a {@link Filter}: one {@link Condition} per part, combined with AND and OR.
 * Every keyword DynamoDB can express maps to an {@link Operator}; the others fail (at start-up, when the query is
 * first compiled with placeholder values).
 */
public class DynamiteQueryCreator extends AbstractQueryCreator<DerivedQuery, Filter> {

	private final String methodName;

	/**
	 * @param tree the parsed method name
	 * @param parameters the method arguments
	 * @param methodName the method, for error messages
	 */
	public DynamiteQueryCreator(PartTree tree, ParameterAccessor parameters, String methodName) {
		super(tree, parameters);
		this.methodName = methodName;
	}

	@Override
	protected Filter create(Part part, Iterator<Object> iterator) {
		return Filter.of(toCondition(part, iterator));
	}

	@Override
	protected Filter and(Part part, Filter base, Iterator<Object> iterator) {
		return base.and(create(part, iterator));
	}

	@Override
	protected Filter or(Filter base, Filter criteria) {
		return base.or(criteria);
	}

	@Override
	protected DerivedQuery complete(@Nullable Filter criteria, Sort sort) {
		return new DerivedQuery(criteria != null ? criteria : Filter.all(), sort);
	}

	private Condition toCondition(Part part, Iterator<Object> iterator) {
		String field = part.getProperty().getSegment();
		Part.Type type = part.getType();
		switch (type) {
			case SIMPLE_PROPERTY: {
				// null means "does not exist", a Collection means IN (as Filter.where does)
				Filter equality = Filter.where(field, iterator.next());
				return equality.condition();
			}
			case NEGATING_SIMPLE_PROPERTY: {
				Object value = iterator.next();
				if (value == null) {
					return new Condition(field, Operator.EXISTS, List.of());
				}
				List<Object> values = asList(value);
				return values != null ? new Condition(field, Operator.NOT_IN, values)
						: new Condition(field, Operator.NE, List.of(value));
			}
			case LESS_THAN:
			case BEFORE:
				return single(field, Operator.LT, type, iterator);
			case LESS_THAN_EQUAL:
				return single(field, Operator.LE, type, iterator);
			case GREATER_THAN:
			case AFTER:
				return single(field, Operator.GT, type, iterator);
			case GREATER_THAN_EQUAL:
				return single(field, Operator.GE, type, iterator);
			case BETWEEN:
				return new Condition(field, Operator.BETWEEN,
						List.of(required(field, type, iterator.next()), required(field, type, iterator.next())));
			case IN:
				return new Condition(field, Operator.IN, values(field, type, iterator.next()));
			case NOT_IN:
				return new Condition(field, Operator.NOT_IN, values(field, type, iterator.next()));
			case STARTING_WITH:
				return single(field, Operator.BEGINS_WITH, type, iterator);
			case CONTAINING:
				return single(field, Operator.CONTAINS, type, iterator);
			case NOT_CONTAINING:
				return single(field, Operator.NOT_CONTAINS, type, iterator);
			case IS_NULL:
				return new Condition(field, Operator.NOT_EXISTS, List.of());
			case IS_NOT_NULL:
			case EXISTS:
				return new Condition(field, Operator.EXISTS, List.of());
			case TRUE:
				return new Condition(field, Operator.EQ, List.of(Boolean.TRUE));
			case FALSE:
				return new Condition(field, Operator.EQ, List.of(Boolean.FALSE));
			default:
				// LIKE, NOT_LIKE, ENDING_WITH, IS_EMPTY, IS_NOT_EMPTY, NEAR, WITHIN, REGEX: no DynamoDB construct
				throw new InvalidDataAccessApiUsageException(("Repository method %s: keyword %s (on '%s') is not "
						+ "supported by DynamoDB; supported: Is/Equals, Not, LessThan(Equal), GreaterThan(Equal), "
						+ "Before, After, Between, In, NotIn, StartingWith, Containing, NotContaining, IsNull, "
						+ "IsNotNull, Exists, True, False").formatted(this.methodName, type, field));
		}
	}

	private Condition single(String field, Operator operator, Part.Type type, Iterator<Object> iterator) {
		return new Condition(field, operator, List.of(required(field, type, iterator.next())));
	}

	private Object required(String field, Part.Type type, @Nullable Object value) {
		if (value == null) {
			throw new IllegalArgumentException("Repository method %s: the %s value for '%s' must not be null"
				.formatted(this.methodName, type, field));
		}
		return value;
	}

	private List<Object> values(String field, Part.Type type, @Nullable Object value) {
		List<Object> values = asList(required(field, type, value));
		return values != null ? values : List.of(value);
	}

	private static @Nullable List<Object> asList(Object value) {
		if (value instanceof Collection<?> collection) {
			return new ArrayList<>(collection);
		}
		if (value instanceof Object[] array) {
			return Arrays.asList(array);
		}
		return null;
	}
}

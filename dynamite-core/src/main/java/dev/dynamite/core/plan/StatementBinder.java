package dev.dynamite.core.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prepares a PartiQL statement for an entity: {@code {table}} becomes the entity's table name (prefix included,
 * double-quoted so that a reserved word such as {@code user} works) and each positional {@code ?} is bound through the
 * codec of the field it is compared with or assigned to ({@code role = ?}, {@code 'role': ?},
 * {@code begins_with(name, ?)}, {@code age BETWEEN ? AND ?}, {@code id IN [?, ?]}), so a value is written exactly as
 * the entity would write it; one compared with a function's result ({@code size(tags) > ?}) binds by its own type. A {@code ?} next to no field of the entity takes its plain type (String, Number,
 * Boolean, byte[], enum name). The statement text itself is never built from values.
 */
public final class StatementBinder {

	private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "BETWEEN", "IS", "SET", "WHERE",
			"VALUE", "VALUES", "LIKE", "MISSING", "NULL");

	private final DynamiteConverter converter;

	/**
	 * @param converter converts the parameters
	 */
	public StatementBinder(DynamiteConverter converter) {
		this.converter = converter;
	}

	/**
	 * How many positional parameters ({@code ?} outside literals) the statement has.
	 * @param statement the PartiQL statement
	 * @return how many positional parameters ({@code ?} outside literals) the statement has
	 */
	public static int parameterCount(String statement) {
		int count = 0;
		for (Token token : tokens(statement)) {
			if (token.kind() == Kind.PARAMETER) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The statement with its table in place and its parameters bound.
	 * @param options skip, limit and consistent read (a sort or attributes belong in the statement itself)
	 * @param entity the entity
	 * @param statement the PartiQL statement
	 * @param parameters the values of its {@code ?} placeholders, in order
	 * @return the statement with its table in place and its parameters bound
	 * @throws IllegalArgumentException when the number of parameters differs from the statement's {@code ?}s, or a
	 * value does not fit its field
	 */
	public WritePlan.Statement bind(DynamitePersistentEntity<?> entity, String statement, List<?> parameters,
			QueryOptions options) {
		if (statement.isBlank()) {
			throw new IllegalArgumentException("PartiQL statement on entity %s is empty".formatted(entity.getType().getSimpleName()));
		}
		if (entity.getSingleTable() != null) {
			throw new IllegalArgumentException(("PartiQL statements on entity %s are not available: it shares table '%s' "
					+ "with other types (@KeyTemplate), so a statement's results could hold their items and its writes "
					+ "would lack the composed keys; use where(...), a derived query or collection(...)")
				.formatted(entity.getType().getSimpleName(), entity.getTableName()));
		}
		if (options.sort().isSorted() || !options.attributes().isEmpty()) {
			throw new IllegalArgumentException(("A PartiQL statement on entity %s takes skip, limit and consistentRead from "
					+ "QueryOptions; write ORDER BY and the selected attributes in the statement itself: %s")
				.formatted(entity.getType().getSimpleName(), statement));
		}
		List<Token> tokens = tokens(statement);
		List<AttributeValue> bound = new ArrayList<>();
		int index = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).kind() != Kind.PARAMETER) {
				continue;
			}
			if (index >= parameters.size()) {
				break;
			}
			bound.add(bind(entity, fieldBefore(entity, tokens, i), parameters.get(index), index + 1));
			index++;
		}
		int expected = (int) tokens.stream().filter(t -> t.kind() == Kind.PARAMETER).count();
		if (expected != parameters.size()) {
			throw new IllegalArgumentException("PartiQL statement on entity %s has %d parameter(s) (?) but %d value(s) were given: %s"
				.formatted(entity.getType().getSimpleName(), expected, parameters.size(), statement));
		}
		String text = statement.replace("{table}", "\"" + entity.getTableName() + "\"");
		return new WritePlan.Statement(entity, text, List.copyOf(bound), options.limit(), options.skip(),
				options.consistentRead());
	}

	private AttributeValue bind(DynamitePersistentEntity<?> entity, @Nullable DynamitePersistentProperty property,
			@Nullable Object value, int position) {
		try {
			if (property == null) {
				return plain(value);
			}
			if (value != null && this.converter.isCollection(property) && !(value instanceof Collection<?>)
					&& !value.getClass().isArray()) {
				// contains(tags, ?): the operand is one element
				return this.converter.toElementAttributeValue(property, value);
			}
			return this.converter.toAttributeValue(property, value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Parameter %d of a PartiQL statement on entity %s: %s"
				.formatted(position, entity.getType().getSimpleName(), ex.getMessage()), ex);
		}
	}

	private static AttributeValue plain(@Nullable Object value) {
		if (value == null) {
			return AttributeValue.fromNul(true);
		}
		if (value instanceof String text) {
			return AttributeValue.fromS(text);
		}
		if (value instanceof BigDecimal decimal) {
			return AttributeValue.fromN(decimal.toPlainString());
		}
		if (value instanceof Number number) {
			return AttributeValue.fromN(number.toString());
		}
		if (value instanceof Boolean bool) {
			return AttributeValue.fromBool(bool);
		}
		if (value instanceof byte[] bytes) {
			return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
		}
		if (value instanceof Enum<?> constant) {
			return AttributeValue.fromS(constant.name());
		}
		throw new IllegalArgumentException(("value '%s' (%s) is next to no field of the entity, and only a String, Number, "
				+ "Boolean, byte[] or enum binds without one; compare it with a field (field = ?)")
			.formatted(value, value.getClass().getName()));
	}

	/** The field the parameter at {@code index} belongs to: the nearest field name before it, past operators. */
	private static @Nullable DynamitePersistentProperty fieldBefore(DynamitePersistentEntity<?> entity, List<Token> tokens,
			int index) {
		for (int i = index - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			switch (token.kind()) {
				case PARAMETER -> {
					continue;
				}
				case PUNCTUATION -> {
					if (token.text().equals(")")) {
						// size(tags) > ?: compared with a function's result, not with the field
						return null;
					}
					continue;
				}
				case WORD -> {
					if (KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
						continue;
					}
					return entity.findField(token.text());
				}
				case QUOTED, LITERAL -> {
					return entity.findField(token.text());
				}
				default -> {
					return null;
				}
			}
		}
		return null;
	}

	private static List<Token> tokens(String statement) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < statement.length()) {
			char c = statement.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '\'' || c == '"') {
				int end = i + 1;
				StringBuilder text = new StringBuilder();
				while (end < statement.length()) {
					char d = statement.charAt(end);
					if (d == c && end + 1 < statement.length() && statement.charAt(end + 1) == c) {
						text.append(c);
						end += 2;
						continue;
					}
					if (d == c) {
						break;
					}
					text.append(d);
					end++;
				}
				tokens.add(new Token(c == '"' ? Kind.QUOTED : Kind.LITERAL, text.toString()));
				i = end + 1;
			}
			else if (c == '?') {
				tokens.add(new Token(Kind.PARAMETER, "?"));
				i++;
			}
			else if (Character.isLetter(c) || c == '_') {
				int end = i;
				while (end < statement.length()
						&& (Character.isLetterOrDigit(statement.charAt(end)) || statement.charAt(end) == '_')) {
					end++;
				}
				tokens.add(new Token(Kind.WORD, statement.substring(i, end)));
				i = end;
			}
			else if (Character.isDigit(c)) {
				int end = i;
				while (end < statement.length() && (Character.isLetterOrDigit(statement.charAt(end))
						|| statement.charAt(end) == '.')) {
					end++;
				}
				tokens.add(new Token(Kind.NUMBER, statement.substring(i, end)));
				i = end;
			}
			else {
				tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
				i++;
			}
		}
		return tokens;
	}

	private enum Kind {
		WORD, QUOTED, LITERAL, NUMBER, PARAMETER, PUNCTUATION
	}

	private record Token(Kind kind, String text) {
	}
}

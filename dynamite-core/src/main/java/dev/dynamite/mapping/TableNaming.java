package dev.dynamite.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Derives table names. The base name is {@link DynamiteTable#value()} or {@link Name @Name} on the class when given,
 * else the simple class name in snake_case plus "s" unless it already ends in "s"; a {@link TableNameResolver} turns
 * it into the full name (by default the prefix and suffix around it). A full name DynamoDB would refuse is an
 * {@link InvalidEntityException} naming the entity.
 */
public final class TableNaming {

	private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

	private final TableNameResolver resolver;

	private final String description;

	/**
	 * @param prefix prepended to every table name (e.g. {@code "dev_"}); may be empty
	 */
	public TableNaming(String prefix) {
		this(prefix, "");
	}

	/**
	 * @param prefix prepended to every table name (e.g. {@code "dev_"}); may be empty
	 * @param suffix appended to every table name (e.g. {@code "_staging"}); may be empty
	 */
	public TableNaming(String prefix, String suffix) {
		this(TableNameResolver.affixes(prefix, suffix), "TableNaming[prefix='" + prefix + "', suffix='" + suffix + "']");
	}

	/**
	 * @param resolver decides the full table names
	 */
	public TableNaming(TableNameResolver resolver) {
		this(resolver, "TableNaming[resolver=" + resolver + "]");
	}

	private TableNaming(TableNameResolver resolver, String description) {
		Assert.notNull(resolver, "TableNameResolver must not be null");
		this.resolver = resolver;
		this.description = description;
	}

	/**
	 * Naming without a prefix.
	 * @return the table naming
	 */
	public static TableNaming defaults() {
		return new TableNaming("");
	}

	/**
	 * Returns the full table name of the given entity class.
	 * @param type the entity class
	 * @return the full table name of the given entity class
	 * @throws InvalidEntityException when the name is not one DynamoDB accepts
	 */
	public String tableName(Class<?> type) {
		String base = baseName(type);
		String name = this.resolver.resolve(type, base);
		if (name == null || !VALID_NAME.matcher(name).matches()) {
			throw new InvalidEntityException(type, ("Entity %s: table name '%s' (from base name '%s') is not one DynamoDB "
					+ "accepts: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'").formatted(type.getName(), name, base));
		}
		return name;
	}

	/**
	 * The full name of a many-to-many pivot table: the resolver is asked with the entity declaring the relation and
	 * the pivot's base name.
	 * @param owner the entity declaring the relation
	 * @param base the pivot's base name ({@link ManyToMany#pivotTable()})
	 * @return the full table name
	 * @throws InvalidEntityException when the name is not one DynamoDB accepts
	 */
	public String pivotTableName(Class<?> owner, String base) {
		String name = StringUtils.hasText(base) ? this.resolver.resolve(owner, base) : null;
		if (name == null || !VALID_NAME.matcher(name).matches()) {
			throw new InvalidEntityException(owner, ("Entity %s: pivot table name '%s' (from base name '%s') is not one "
					+ "DynamoDB accepts: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'").formatted(owner.getName(),
							name, base));
		}
		return name;
	}

	/**
	 * The name before prefix, suffix or resolver: {@link DynamiteTable#value()}, {@link Name @Name}, or the class name.
	 * @param type the entity class
	 * @return the base table name of the entity class
	 */
	public static String baseName(Class<?> type) {
		DynamiteTable table = AnnotatedElementUtils.findMergedAnnotation(type, DynamiteTable.class);
		if (table != null && StringUtils.hasText(table.value())) {
			return table.value();
		}
		Name name = type.getAnnotation(Name.class);
		if (name != null && StringUtils.hasText(name.value())) {
			return name.value();
		}
		String snake = snakeCase(type.getSimpleName());
		return snake.endsWith("s") ? snake : snake + "s";
	}

	/** {@code UserProfile} -> {@code user_profile}, {@code HTTPServer} -> {@code http_server}. */
	static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				char previous = name.charAt(i - 1);
				boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
				if (Character.isLowerCase(previous) || Character.isDigit(previous)
						|| (Character.isUpperCase(previous) && nextIsLower)) {
					out.append('_');
				}
			}
			out.append(c);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.description;
	}
}

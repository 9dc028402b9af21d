package dev.dynamite.mapping;

import java.util.Locale;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Derives table names: {@link DynamiteTable#value()} or {@link Name @Name} on the class when given, else the
 * simple class name in snake_case plus "s" unless it already ends in "s". The prefix is prepended in every case.
 */
public final class TableNaming {

	private final String prefix;

	/**
	 * @param prefix prepended to every table name (e.g. {@code "dev_"}); may be empty
	 */
	public TableNaming(String prefix) {
		Assert.notNull(prefix, "Table prefix must not be null");
		this.prefix = prefix;
	}

	/**
	 * Naming without a prefix.
	 * @return the table naming
	 */
	public static TableNaming defaults() {
		return new TableNaming("");
	}

	/**
	 * Returns the table name of the given entity class, prefix included.
	 * @param type the entity class
	 * @return the table name of the given entity class, prefix included
	 */
	public String tableName(Class<?> type) {
		DynamiteTable table = AnnotatedElementUtils.findMergedAnnotation(type, DynamiteTable.class);
		if (table != null && StringUtils.hasText(table.value())) {
			return this.prefix + table.value();
		}
		Name name = type.getAnnotation(Name.class);
		if (name != null && StringUtils.hasText(name.value())) {
			return this.prefix + name.value();
		}
		String snake = snakeCase(type.getSimpleName());
		return this.prefix + (snake.endsWith("s") ? snake : snake + "s");
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
		return "TableNaming[prefix='" + this.prefix + "']";
	}
}

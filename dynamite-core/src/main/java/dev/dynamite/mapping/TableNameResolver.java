package dev.dynamite.mapping;

/**
 * Decides the full DynamoDB table name of an entity, for example from the environment or a tenant. Without one,
 * Dynamite uses {@code prefix + baseName + suffix} ({@code dynamite.table-prefix} and {@code dynamite.table-suffix}).
 * Under Spring Boot a bean of this type is used; without Boot, {@code Dynamite.builder().tableNameResolver(...)}.
 */
@FunctionalInterface
public interface TableNameResolver {

	/**
	 * The full table name of the entity.
	 * @param entityType the entity class
	 * @param baseName the name from {@link DynamiteTable#value()} or {@link Name @Name}, else the simple class name in
	 * snake_case plus "s" ({@code UserProfile} -> {@code user_profiles}); no prefix or suffix
	 * @return the full table name: 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
	 */
	String resolve(Class<?> entityType, String baseName);

	/**
	 * The default: the base name between a prefix and a suffix.
	 * @param prefix prepended to every table name, possibly empty
	 * @param suffix appended to every table name, possibly empty
	 * @return the resolver
	 */
	static TableNameResolver affixes(String prefix, String suffix) {
		return new AffixTableNameResolver(prefix, suffix);
	}
}

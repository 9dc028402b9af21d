package dev.dynamite.mapping;

import org.springframework.util.Assert;

/** {@code prefix + baseName + suffix}. */
record AffixTableNameResolver(String prefix, String suffix) implements TableNameResolver {

	AffixTableNameResolver {
		Assert.notNull(prefix, "Table prefix must not be null");
		Assert.notNull(suffix, "Table suffix must not be null");
	}

	@Override
	public String resolve(Class<?> entityType, String baseName) {
		return this.prefix + baseName + this.suffix;
	}
}

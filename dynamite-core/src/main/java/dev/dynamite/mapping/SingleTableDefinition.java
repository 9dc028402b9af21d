package dev.dynamite.mapping;

import java.util.List;

/**
 * Single-table design for one entity type: the shared table, the type written to the discriminator attribute, and
 * the templates that compose the table's key attributes and those of its overloaded global indexes. Built from
 * {@link DynamiteTable#type()}, {@link KeyTemplate @KeyTemplate} and {@link IndexTemplate @IndexTemplate}, and
 * checked when the entity is mapped.
 *
 * @param tableName the shared table's full name
 * @param type the entity's type name
 * @param discriminator the attribute holding the type
 * @param partitionAttribute the table's partition key attribute
 * @param sortAttribute the table's sort key attribute
 * @param partition the partition key template
 * @param sort the sort key template
 * @param indexes the overloaded global indexes this type writes
 */
public record SingleTableDefinition(String tableName, String type, String discriminator, String partitionAttribute,
		String sortAttribute, CompositeTemplate partition, CompositeTemplate sort, List<Index> indexes) {

	/**
	 * One overloaded global index: its key attributes ({@code <name>pk}, {@code <name>sk}) and this type's templates.
	 * @param name the index name
	 * @param partitionAttribute the index partition key attribute
	 * @param sortAttribute the index sort key attribute
	 * @param partition the partition key template
	 * @param sort the sort key template
	 */
	public record Index(String name, String partitionAttribute, String sortAttribute, CompositeTemplate partition,
			CompositeTemplate sort) {
	}

	/**
	 * Reads the single-table design of an entity, or {@code null} when it has no {@link KeyTemplate @KeyTemplate}.
	 * @param entity the entity (its properties added)
	 * @return the definition, or {@code null}
	 * @throws InvalidEntityException naming the entity and the problem
	 */
	static @org.jspecify.annotations.Nullable SingleTableDefinition of(DynamitePersistentEntity<?> entity) {
		Class<?> type = entity.getType();
		KeyTemplate key = type.getAnnotation(KeyTemplate.class);
		DynamiteTable table = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(type,
				DynamiteTable.class);
		if (key == null) {
			if (table != null && !table.type().isEmpty()) {
				throw new InvalidEntityException(type, ("Entity %s: @DynamiteTable(type = \"%s\") names a type in a shared "
						+ "table, but the entity has no @KeyTemplate to compose the table's key").formatted(type.getName(),
								table.type()));
			}
			if (type.getAnnotationsByType(IndexTemplate.class).length > 0) {
				throw new InvalidEntityException(type, "Entity %s: @IndexTemplate needs a @KeyTemplate (single-table design)"
					.formatted(type.getName()));
			}
			return null;
		}
		if (table == null || table.type().isBlank()) {
			throw new InvalidEntityException(type, ("Entity %s: @KeyTemplate needs @DynamiteTable(value = \"<shared table>\", "
					+ "type = \"<type name>\"): the type tells its items apart from other types in the table")
				.formatted(type.getName()));
		}
		if (table.partitionKey().equals(table.sortKey()) || table.partitionKey().equals(table.discriminator())
				|| table.sortKey().equals(table.discriminator())) {
			throw new InvalidEntityException(type, ("Entity %s: the shared table's partitionKey '%s', sortKey '%s' and "
					+ "discriminator '%s' must be three different attributes").formatted(type.getName(), table.partitionKey(),
							table.sortKey(), table.discriminator()));
		}
		for (String attribute : List.of(table.partitionKey(), table.sortKey(), table.discriminator())) {
			DynamitePersistentProperty clash = entity.findField(attribute);
			if (clash != null && clash.getAttributeName().equals(attribute)) {
				throw new InvalidEntityException(type, ("Entity %s: field '%s' is stored as '%s', the shared table's key or "
						+ "type attribute; rename it with @Name").formatted(type.getName(), clash.getName(), attribute));
			}
		}
		List<Index> indexes = new java.util.ArrayList<>();
		for (IndexTemplate index : type.getAnnotationsByType(IndexTemplate.class)) {
			if (index.name().isBlank() || indexes.stream().anyMatch((other) -> other.name().equals(index.name()))) {
				throw new InvalidEntityException(type, "Entity %s: every @IndexTemplate needs a name of its own (got '%s')"
					.formatted(type.getName(), index.name()));
			}
			indexes.add(new Index(index.name(), index.name() + "pk", index.name() + "sk",
					CompositeTemplate.parse(index.partition(), entity, "@IndexTemplate(" + index.name() + ") partition"),
					CompositeTemplate.parse(index.sort(), entity, "@IndexTemplate(" + index.name() + ") sort")));
		}
		return new SingleTableDefinition(entity.getTableName(), table.type(), table.discriminator(), table.partitionKey(),
				table.sortKey(), CompositeTemplate.parse(key.partition(), entity, "@KeyTemplate partition"),
				CompositeTemplate.parse(key.sort(), entity, "@KeyTemplate sort"), List.copyOf(indexes));
	}
}

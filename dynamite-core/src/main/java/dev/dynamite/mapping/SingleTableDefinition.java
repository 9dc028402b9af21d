package dev.dynamite.mapping;

import java.util.List;

/**
 * Single-table design for one entity type: the shared table, the type written to the discriminator attribute, and
 * the templates that compose the table's key attributes and those of its overloaded global indexes. Built from
 * {@link DynamiteTable#type()}, {@link KeyTemplate @KeyTemplate} and {@link IndexTemplate @IndexTemplate}, and
 * checked when the entity is mapped. The composed attributes are {@link TemplateAttribute}s of the entity, so reads,
 * writes and the schema treat them like the key properties of an entity with a table of its own.
 *
 * @param tableName the shared table's full name
 * @param type the entity's type name
 * @param partitionKey the table's partition key attribute and its template
 * @param sortKey the table's sort key attribute and its template
 * @param discriminatorKey the attribute holding the type
 * @param indexes the overloaded global indexes this type writes
 */
public record SingleTableDefinition(String tableName, String type, TemplateAttribute partitionKey,
		TemplateAttribute sortKey, TemplateAttribute discriminatorKey, List<Index> indexes) {

	/**
	 * One overloaded global index: its key attributes ({@code <name>pk}, {@code <name>sk}) and this type's templates.
	 * @param name the index name
	 * @param partitionKey the index partition key attribute and its template
	 * @param sortKey the index sort key attribute and its template
	 */
	public record Index(String name, TemplateAttribute partitionKey, TemplateAttribute sortKey) {

		/**
		 * The index partition key attribute.
		 * @return the attribute name
		 */
		public String partitionAttribute() {
			return this.partitionKey.getAttributeName();
		}

		/**
		 * The index sort key attribute.
		 * @return the attribute name
		 */
		public String sortAttribute() {
			return this.sortKey.getAttributeName();
		}

		/**
		 * The fields of the index's templates, partition first, each once.
		 * @return the fields
		 */
		public List<DynamitePersistentProperty> fields() {
			java.util.Set<DynamitePersistentProperty> fields = new java.util.LinkedHashSet<>(partition().fields());
			fields.addAll(sort().fields());
			return List.copyOf(fields);
		}

		/**
		 * The index partition key template.
		 * @return the template
		 */
		public CompositeTemplate partition() {
			return template(this.partitionKey);
		}

		/**
		 * The index sort key template.
		 * @return the template
		 */
		public CompositeTemplate sort() {
			return template(this.sortKey);
		}
	}

	/**
	 * The attribute holding the type.
	 * @return the discriminator attribute name
	 */
	public String discriminator() {
		return this.discriminatorKey.getAttributeName();
	}

	/**
	 * The table's partition key template.
	 * @return the template
	 */
	public CompositeTemplate partition() {
		return template(this.partitionKey);
	}

	/**
	 * The table's sort key template.
	 * @return the template
	 */
	public CompositeTemplate sort() {
		return template(this.sortKey);
	}

	/**
	 * The composed attributes every item of the type gets: the table's keys, then each index's.
	 * @return the composed attributes
	 */
	public List<TemplateAttribute> composedAttributes() {
		List<TemplateAttribute> attributes = new java.util.ArrayList<>(2 + 2 * this.indexes.size());
		attributes.add(this.partitionKey);
		attributes.add(this.sortKey);
		for (Index index : this.indexes) {
			attributes.add(index.partitionKey());
			attributes.add(index.sortKey());
		}
		return attributes;
	}

	/**
	 * Whether the field is part of the table's key (named in the partition or sort template): it cannot change once
	 * written.
	 * @param property a field of the entity
	 * @return whether the field is part of the table's key
	 */
	public boolean isKeyField(DynamitePersistentProperty property) {
		return partition().fields().contains(property) || sort().fields().contains(property);
	}

	/**
	 * The fields of the table's key templates, partition first, each once.
	 * @return the fields
	 */
	public List<DynamitePersistentProperty> keyFields() {
		java.util.Set<DynamitePersistentProperty> fields = new java.util.LinkedHashSet<>(partition().fields());
		fields.addAll(sort().fields());
		return List.copyOf(fields);
	}

	static CompositeTemplate template(TemplateAttribute attribute) {
		CompositeTemplate template = attribute.getTemplate();
		if (template == null) {
			throw new IllegalStateException("Attribute " + attribute.getAttributeName() + " has no template");
		}
		return template;
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
			String partitionAttribute = index.name() + "pk";
			String sortAttribute = index.name() + "sk";
			for (String attribute : List.of(partitionAttribute, sortAttribute)) {
				DynamitePersistentProperty clash = entity.findField(attribute);
				if (clash != null && clash.getAttributeName().equals(attribute)) {
					throw new InvalidEntityException(type, ("Entity %s: field '%s' is stored as '%s', a key attribute of "
							+ "the overloaded index '%s'; rename it with @Name").formatted(type.getName(), clash.getName(),
									attribute, index.name()));
				}
			}
			indexes.add(new Index(index.name(),
					new TemplateAttribute(entity, partitionAttribute, TemplateAttribute.Role.INDEX_PARTITION_KEY,
							CompositeTemplate.parse(index.partition(), entity, "@IndexTemplate(" + index.name() + ") partition")),
					new TemplateAttribute(entity, sortAttribute, TemplateAttribute.Role.INDEX_SORT_KEY,
							CompositeTemplate.parse(index.sort(), entity, "@IndexTemplate(" + index.name() + ") sort"))));
		}
		return new SingleTableDefinition(entity.getTableName(), table.type(),
				new TemplateAttribute(entity, table.partitionKey(), TemplateAttribute.Role.PARTITION_KEY,
						CompositeTemplate.parse(key.partition(), entity, "@KeyTemplate partition")),
				new TemplateAttribute(entity, table.sortKey(), TemplateAttribute.Role.SORT_KEY,
						CompositeTemplate.parse(key.sort(), entity, "@KeyTemplate sort")),
				new TemplateAttribute(entity, table.discriminator(), TemplateAttribute.Role.DISCRIMINATOR, null),
				List.copyOf(indexes));
	}
}

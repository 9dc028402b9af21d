package dev.dynamite.mapping;

/**
 * The pivot table of many-to-many relations: one item per link, holding the two entities' partition keys. Its key is
 * the two attributes in name order ({@link #partitionAttribute()}, {@link #sortAttribute()}); the global index
 * {@link #indexName()} has them the other way round, so either side reads its links with one Query.
 *
 * @param tableName the full table name (prefix, suffix or resolver applied)
 * @param partitionAttribute the table's partition key attribute
 * @param partitionSource the entity key whose values the partition attribute holds (its type is the attribute's)
 * @param sortAttribute the table's sort key attribute (the index's partition key)
 * @param sortSource the entity key whose values the sort attribute holds
 */
public record PivotTable(String tableName, String partitionAttribute, DynamitePersistentProperty partitionSource,
		String sortAttribute, DynamitePersistentProperty sortSource) {

	/**
	 * The global index with the key the other way round: {@code <sortAttribute>_index}.
	 * @return the index name
	 */
	public String indexName() {
		return this.sortAttribute + "_index";
	}

	/**
	 * Whether the owner's links are read from the table (its attribute is the partition key) rather than the index.
	 * @param relation a many-to-many relation using this pivot
	 * @return whether the owner's links are read from the table
	 */
	public boolean ownerIsPartition(Relation relation) {
		return this.partitionAttribute.equals(ownerAttribute(relation));
	}

	String ownerAttribute(Relation relation) {
		ManyToMany annotation = relation.field().getAnnotation(ManyToMany.class);
		return annotation.foreignKey();
	}

	String targetAttribute(Relation relation) {
		ManyToMany annotation = relation.field().getAnnotation(ManyToMany.class);
		return annotation.relatedKey();
	}
}

package dev.dynamite.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.PivotTable;
import dev.dynamite.mapping.Relation;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Plans the pivot-table requests of many-to-many relations: reading one owner's links (a Query on the table when the
 * owner's attribute is its partition key, else on the index with the key the other way round) and writing or
 * removing links (BatchWriteItem, 25 a request). The related entities themselves are read through
 * {@link QueryPlanner}.
 */
public final class RelationPlanner {

	private RelationPlanner() {
	}

	/**
	 * The Query of one owner's links.
	 * @param relation a many-to-many relation
	 * @param owner the owner's partition key value
	 * @return the link read
	 */
	public static LinkRead links(Relation relation, AttributeValue owner) {
		PivotTable pivot = pivot(relation);
		return new LinkRead(pivot.tableName(), pivot.ownerIsPartition(relation) ? null : pivot.indexName(),
				relation.pivotOwnerAttribute(), owner, relation.pivotTargetAttribute());
	}

	/**
	 * Writes links from one owner to targets (a link that exists is written again, unchanged).
	 * @param relation a many-to-many relation
	 * @param owner the owner's partition key value
	 * @param targets the targets' partition key values
	 * @return the write plan
	 */
	public static WritePlan attach(Relation relation, AttributeValue owner, List<AttributeValue> targets) {
		return links(relation, owner, targets, false);
	}

	/**
	 * Removes links from one owner to targets (a link that does not exist is no error).
	 * @param relation a many-to-many relation
	 * @param owner the owner's partition key value
	 * @param targets the targets' partition key values
	 * @return the write plan
	 */
	public static WritePlan detach(Relation relation, AttributeValue owner, List<AttributeValue> targets) {
		return links(relation, owner, targets, true);
	}

	/**
	 * Makes an owner's links exactly the given targets: removes the links to others, writes the missing ones.
	 * @param relation a many-to-many relation
	 * @param owner the owner's partition key value
	 * @param current the targets linked now
	 * @param wanted the targets to be linked
	 * @return the write plan (empty when nothing changes)
	 */
	public static WritePlan sync(Relation relation, AttributeValue owner, List<AttributeValue> current,
			List<AttributeValue> wanted) {
		java.util.Set<AttributeValue> keep = new java.util.LinkedHashSet<>(wanted);
		java.util.Set<AttributeValue> now = new java.util.LinkedHashSet<>(current);
		List<WritePlan.BatchEntry> entries = new ArrayList<>();
		for (AttributeValue target : now) {
			if (!keep.contains(target)) {
				entries.add(entry(relation, owner, target, true));
			}
		}
		for (AttributeValue target : keep) {
			if (!now.contains(target)) {
				entries.add(entry(relation, owner, target, false));
			}
		}
		return new WritePlan.BatchWrite(pivot(relation).tableName(), entries);
	}

	private static WritePlan links(Relation relation, AttributeValue owner, List<AttributeValue> targets,
			boolean delete) {
		PivotTable pivot = pivot(relation);
		List<WritePlan.BatchEntry> entries = new ArrayList<>(targets.size());
		for (AttributeValue target : new java.util.LinkedHashSet<>(targets)) {
			entries.add(entry(relation, owner, target, delete));
		}
		return new WritePlan.BatchWrite(pivot.tableName(), entries);
	}

	private static WritePlan.BatchEntry entry(Relation relation, AttributeValue owner, AttributeValue target,
			boolean delete) {
		Map<String, AttributeValue> link = new LinkedHashMap<>(2);
		link.put(relation.pivotOwnerAttribute(), owner);
		link.put(relation.pivotTargetAttribute(), target);
		return new WritePlan.BatchEntry(delete, link);
	}

	private static PivotTable pivot(Relation relation) {
		PivotTable pivot = relation.pivot();
		if (pivot == null) {
			throw new IllegalArgumentException("Relation '%s' of entity %s is not many-to-many: attach, detach and "
					+ "syncRelation need a @ManyToMany relation".formatted(relation.name(),
							relation.owner().getType().getSimpleName()));
		}
		return pivot;
	}

	/**
	 * A Query of one owner's links in a pivot table, paged to the end.
	 * @param table the pivot table
	 * @param index the index to query, or {@code null} for the table
	 * @param keyAttribute the attribute holding the owner's key (the queried partition key)
	 * @param value the owner's key
	 * @param targetAttribute the attribute holding the related keys
	 */
	public record LinkRead(String table, @Nullable String index, String keyAttribute, AttributeValue value,
			String targetAttribute) {
	}
}

package dev.dynamite.core.schema;

import java.util.List;
import java.util.Set;

import dev.dynamite.mapping.IndexDefinition;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The schema of one secondary index: its key, whether it is local, and its projection. Built from an entity's
 * mapping or from what DynamoDB describes, so both can be compared.
 */
record IndexSchema(KeyDefinition key, boolean local, ProjectionType projectionType, Set<String> include) {

	/** The schema an entity declares for an index. */
	static IndexSchema of(IndexDefinition index) {
		return new IndexSchema(KeyDefinition.of(index.partitionKey(), index.sortKey()), index.local(),
				ProjectionType.fromValue(index.projection().name()), Set.copyOf(index.include()));
	}

	/** The schema DynamoDB describes. */
	static IndexSchema described(KeyDefinition key, boolean local, Projection projection) {
		return new IndexSchema(key, local, projection.projectionType(),
				projection.hasNonKeyAttributes() ? Set.copyOf(projection.nonKeyAttributes()) : Set.of());
	}

	/** The projection of a CreateTable or UpdateTable request. */
	Projection projection() {
		Projection.Builder projection = Projection.builder().projectionType(this.projectionType);
		if (this.projectionType == ProjectionType.INCLUDE) {
			projection.nonKeyAttributes(List.copyOf(this.include));
		}
		return projection.build();
	}

	/** Whether the projections are the same (type and, for INCLUDE, the attributes). */
	boolean sameProjection(IndexSchema other) {
		return this.projectionType == other.projectionType && this.include.equals(other.include);
	}

	/** E.g. {@code projection KEYS_ONLY} or {@code projection INCLUDE [name, email]}. */
	String describeProjection() {
		return "projection " + this.projectionType + (this.projectionType == ProjectionType.INCLUDE
				? " " + this.include.stream().sorted().toList() : "");
	}

	/** The key and the projection, for logs and messages. */
	String describe() {
		return this.key.describe() + ", " + describeProjection();
	}
}

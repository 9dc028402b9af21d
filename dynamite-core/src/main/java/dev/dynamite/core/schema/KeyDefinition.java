package dev.dynamite.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The key schema of a table or global secondary index: partition key attribute and type, optional sort key
 * attribute and type. Built from an entity's mapping or from what DynamoDB describes, so both can be compared.
 */
record KeyDefinition(String partitionName, @Nullable ScalarAttributeType partitionType, @Nullable String sortName,
		@Nullable ScalarAttributeType sortType) {

	/** The key of an entity's table or index, with types from the Java field types. */
	static KeyDefinition of(DynamitePersistentProperty partitionKey, @Nullable DynamitePersistentProperty sortKey) {
		return new KeyDefinition(partitionKey.getAttributeName(), KeyAttributeTypes.of(partitionKey),
				(sortKey != null) ? sortKey.getAttributeName() : null,
				(sortKey != null) ? KeyAttributeTypes.of(sortKey) : null);
	}

	/** The key DynamoDB describes; types come from the table's attribute definitions. */
	static KeyDefinition of(List<KeySchemaElement> elements, Map<String, ScalarAttributeType> attributeTypes) {
		String partition = null;
		String sort = null;
		for (KeySchemaElement element : elements) {
			if (element.keyType() == KeyType.HASH) {
				partition = element.attributeName();
			}
			else if (element.keyType() == KeyType.RANGE) {
				sort = element.attributeName();
			}
		}
		Objects.requireNonNull(partition, "DynamoDB described a key schema without a HASH key");
		return new KeyDefinition(partition, attributeTypes.get(partition), sort,
				(sort != null) ? attributeTypes.get(sort) : null);
	}

	/** The key schema elements for a CreateTable or UpdateTable request. */
	List<KeySchemaElement> keySchema() {
		List<KeySchemaElement> elements = new ArrayList<>(2);
		elements.add(KeySchemaElement.builder().attributeName(this.partitionName).keyType(KeyType.HASH).build());
		if (this.sortName != null) {
			elements.add(KeySchemaElement.builder().attributeName(this.sortName).keyType(KeyType.RANGE).build());
		}
		return elements;
	}

	/** The attribute definitions of the key attributes. */
	List<AttributeDefinition> attributeDefinitions() {
		List<AttributeDefinition> definitions = new ArrayList<>(2);
		definitions.add(definition(this.partitionName, this.partitionType));
		if (this.sortName != null) {
			definitions.add(definition(this.sortName, this.sortType));
		}
		return definitions;
	}

	/** E.g. {@code partition key 'id' (S) and sort key 'ts' (N)} or {@code partition key 'id' (S) and no sort key}. */
	String describe() {
		String partition = "partition key '%s' (%s)".formatted(this.partitionName, typeName(this.partitionType));
		if (this.sortName == null) {
			return partition + " and no sort key";
		}
		return partition + " and sort key '%s' (%s)".formatted(this.sortName, typeName(this.sortType));
	}

	private static AttributeDefinition definition(String name, @Nullable ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	private static String typeName(@Nullable ScalarAttributeType type) {
		return (type != null) ? type.toString() : "unknown type";
	}
}

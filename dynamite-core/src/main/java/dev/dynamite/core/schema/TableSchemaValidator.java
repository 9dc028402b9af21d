package dev.dynamite.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Compares an existing table with its entity's {@link TableDefinition}: a contradicting key schema (of the table
 * or of a same-named index), a different projection, or a missing local index (which only a new table can have) is a
 * {@link SchemaMismatchException}; global indexes the entity declares and the table lacks are reported as missing.
 * Whatever else the table has is left alone.
 */
final class TableSchemaValidator {

	private TableSchemaValidator() {
	}

	/**
	 * Checks the keys and returns the names of the declared indexes the table does not have.
	 * @throws SchemaMismatchException when a key schema contradicts the entity
	 */
	static List<String> missingIndexes(TableDefinition definition, TableDescription table) {
		Map<String, ScalarAttributeType> types = attributeTypes(table);
		KeyDefinition actual = KeyDefinition.of(table.keySchema(), types);
		if (!actual.equals(definition.key())) {
			throw new SchemaMismatchException(("Table '%s' does not match entity %s: the entity declares %s, the table "
					+ "has %s. sync never changes an existing key schema: migrate or drop the table, or change the "
					+ "entity's keys").formatted(definition.tableName(), definition.entityName(),
							definition.key().describe(), actual.describe()));
		}
		Map<String, IndexSchema> existing = new HashMap<>();
		for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
			existing.put(index.indexName(),
					IndexSchema.described(KeyDefinition.of(index.keySchema(), types), false, index.projection()));
		}
		for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
			existing.put(index.indexName(),
					IndexSchema.described(KeyDefinition.of(index.keySchema(), types), true, index.projection()));
		}
		List<String> missing = new ArrayList<>();
		definition.indexes().forEach((name, declared) -> {
			IndexSchema index = existing.get(name);
			if (index == null && declared.local()) {
				throw new SchemaMismatchException(("Table '%s' for entity %s has no local index '%s' (%s). DynamoDB creates "
						+ "local indexes only together with their table, so sync cannot add it: recreate the table (export "
						+ "its items, delete it, let sync create it, import them), or declare a @GlobalIndex instead of the "
						+ "@LocalIndex").formatted(definition.tableName(), definition.entityName(), name,
								declared.describe()));
			}
			if (index == null) {
				checkAttributeTypes(definition, name, declared.key(), types);
				missing.add(name);
				return;
			}
			String kind = declared.local() ? "Local" : "Global";
			if (index.local() != declared.local() || !index.key().equals(declared.key())) {
				throw new SchemaMismatchException(("%s index '%s' of table '%s' does not match entity %s: the "
						+ "entity declares %s%s, the table has %s%s. sync never changes an existing index: drop the index "
						+ "or rename it in @%sIndex(name = ...)").formatted(kind, name, definition.tableName(),
								definition.entityName(), declared.local() ? "a local index with " : "",
								declared.key().describe(), index.local() ? "a local index with " : "",
								index.key().describe(), kind));
			}
			if (!index.sameProjection(declared)) {
				throw new SchemaMismatchException(("%s index '%s' of table '%s' does not match entity %s: the "
						+ "entity declares %s, the index has %s, and reads through it would expect attributes it lacks. "
						+ "sync never changes an existing index: drop the index (sync then creates it), rename it in "
						+ "@%sIndex(name = ...), or declare the projection it has").formatted(kind, name,
								definition.tableName(), definition.entityName(), declared.describeProjection(),
								index.describeProjection(), kind));
			}
		});
		return missing;
	}

	/** A new index cannot redefine the type of an attribute the table already defines. */
	private static void checkAttributeTypes(TableDefinition definition, String indexName, KeyDefinition declared,
			Map<String, ScalarAttributeType> types) {
		for (AttributeDefinition attribute : declared.attributeDefinitions()) {
			ScalarAttributeType existing = types.get(attribute.attributeName());
			if (existing != null && existing != attribute.attributeType()) {
				throw new SchemaMismatchException(("Global index '%s' of entity %s needs attribute '%s' as %s, but table "
						+ "'%s' already defines it as %s").formatted(indexName, definition.entityName(),
								attribute.attributeName(), attribute.attributeType(), definition.tableName(), existing));
			}
		}
	}

	private static Map<String, ScalarAttributeType> attributeTypes(TableDescription table) {
		Map<String, ScalarAttributeType> types = new HashMap<>();
		for (AttributeDefinition attribute : table.attributeDefinitions()) {
			types.put(attribute.attributeName(), attribute.attributeType());
		}
		return types;
	}
}

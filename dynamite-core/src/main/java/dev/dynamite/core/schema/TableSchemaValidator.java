package dev.dynamite.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Compares an existing table with its entity's {@link TableDefinition}: a contradicting key schema (of the table
 * or of a same-named global index) is a {@link SchemaMismatchException}; indexes the entity declares and the
 * table lacks are reported as missing. Whatever else the table has is left alone.
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
		Map<String, GlobalSecondaryIndexDescription> existing = new HashMap<>();
		for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
			existing.put(index.indexName(), index);
		}
		List<String> missing = new ArrayList<>();
		definition.indexes().forEach((name, declared) -> {
			GlobalSecondaryIndexDescription index = existing.get(name);
			if (index == null) {
				checkAttributeTypes(definition, name, declared, types);
				missing.add(name);
				return;
			}
			KeyDefinition indexKey = KeyDefinition.of(index.keySchema(), types);
			if (!indexKey.equals(declared)) {
				throw new SchemaMismatchException(("Global index '%s' of table '%s' does not match entity %s: the "
						+ "entity declares %s, the index has %s. sync never changes an existing index: drop the index "
						+ "or rename it in @GlobalIndex(name = ...)").formatted(name, definition.tableName(),
								definition.entityName(), declared.describe(), indexKey.describe()));
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

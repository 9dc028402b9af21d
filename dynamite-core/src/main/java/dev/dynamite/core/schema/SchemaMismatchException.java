package dev.dynamite.core.schema;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

/**
 * A table or global secondary index in DynamoDB does not match the mapping of its entity (it is missing in
 * {@link SyncMode#VALIDATE} mode, or its key schema contradicts the entity's keys). {@code sync()} never drops or
 * changes an existing key schema: the message names the entity, the table, what the entity declares and what
 * the table has.
 */
public class SchemaMismatchException extends InvalidDataAccessResourceUsageException {

	/**
	 * @param message what does not match, naming entity and table
	 */
	public SchemaMismatchException(String message) {
		super(message);
	}
}

package dev.dynamite.mapping;

import org.springframework.data.mapping.MappingException;

/**
 * An entity class Dynamite cannot map: no partition key, two sort keys, a key of a type DynamoDB keys cannot have,
 * an index naming no field, a field of a type Dynamite cannot store. The message names the class, the field and
 * what to do. Thrown when the entity is registered (at start-up under Spring Boot), before any request.
 */
public class InvalidEntityException extends MappingException {

	/** The entity class that cannot be mapped. */
	private final Class<?> entityType;

	/**
	 * @param entityType the entity class
	 * @param message what is wrong and what to do
	 */
	public InvalidEntityException(Class<?> entityType, String message) {
		super(message);
		this.entityType = entityType;
	}

	/**
	 * @param entityType the entity class
	 * @param message what is wrong and what to do
	 * @param cause the underlying failure
	 */
	public InvalidEntityException(Class<?> entityType, String message, Throwable cause) {
		super(message, cause);
		this.entityType = entityType;
	}

	/**
	 * The entity class that cannot be mapped.
	 * @return the entity class that cannot be mapped
	 */
	public Class<?> getEntityType() {
		return this.entityType;
	}
}

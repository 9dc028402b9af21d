package dev.dynamite.mapping;

import org.springframework.data.mapping.MappingException;

/**
 * A repository's entity is not among the entities found by scanning, so the start-up sync does not create or
 * validate its table. Thrown when the repository is created, before any request.
 */
public class UnscannedEntityException extends MappingException {

	/** The entity class outside the scanned packages. */
	private final Class<?> entityType;

	/**
	 * @param entityType the entity class
	 * @param message what is wrong and what to do
	 */
	public UnscannedEntityException(Class<?> entityType, String message) {
		super(message);
		this.entityType = entityType;
	}

	/**
	 * The entity class outside the scanned packages.
	 * @return the entity class outside the scanned packages
	 */
	public Class<?> getEntityType() {
		return this.entityType;
	}
}

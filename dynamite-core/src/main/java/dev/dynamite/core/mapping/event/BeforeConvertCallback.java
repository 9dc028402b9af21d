package dev.dynamite.core.mapping.event;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Called before an entity is converted to an item for a put ({@code create}, {@code save}, {@code saveAll}, a
 * transaction's put), before Dynamite fills defaults and timestamps: the place to change the entity (auditing does).
 *
 * @param <T> the entity type
 */
@FunctionalInterface
public interface BeforeConvertCallback<T> extends EntityCallback<T> {

	/**
	 * The entity to convert (this one, or another instance).
	 * @param entity the entity
	 * @param table the table name
	 * @return the entity to convert
	 */
	T onBeforeConvert(T entity, String table);
}

package dev.dynamite.core.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.mapping.PersistentPropertyAccessor;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.AfterCreate;
import dev.dynamite.mapping.AfterDestroy;
import dev.dynamite.mapping.AfterUpdate;
import dev.dynamite.mapping.BeforeCreate;
import dev.dynamite.mapping.BeforeDestroy;
import dev.dynamite.mapping.BeforeUpdate;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.LifecycleMethods;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs an entity's lifecycle methods around a write called with {@code WriteOptions.hooks()}, the seed's way: Before
 * methods on the instance before the write is planned (so what they change is written), After methods once the write
 * is done (by the caller: after the request, or after a transaction's commit).
 */
public final class LifecycleRunner {

	private final DynamiteConverter converter;

	/**
	 * @param converter converts field values and items
	 */
	public LifecycleRunner(DynamiteConverter converter) {
		this.converter = converter;
	}

	/**
	 * Whether {@code save} of this instance creates its item ({@link DynamitePersistentEntity#isNew(Object)}): with
	 * {@code @Version}, a null or 0 version; else, without a value in its {@code @CreatedAt} field; else a null id.
	 * @param entity the entity metadata
	 * @param bean the instance
	 * @return whether the instance is new
	 */
	public boolean isNew(DynamitePersistentEntity<?> entity, Object bean) {
		return entity.isNew(bean);
	}

	/**
	 * Runs the Before methods of a put: {@code @BeforeCreate} for a new instance, else {@code @BeforeUpdate} with no
	 * changes.
	 * @param entity the entity metadata
	 * @param bean the instance
	 * @param isNew whether the put creates the item
	 */
	public void beforePut(DynamitePersistentEntity<?> entity, Object bean, boolean isNew) {
		entity.getLifecycleMethods().run(isNew ? BeforeCreate.class : BeforeUpdate.class, bean, Map.of());
	}

	/**
	 * Runs the After methods of a put.
	 * @param entity the entity metadata
	 * @param bean the instance as written
	 * @param isNew whether the put created the item
	 */
	public void afterPut(DynamitePersistentEntity<?> entity, Object bean, boolean isNew) {
		entity.getLifecycleMethods().run(isNew ? AfterCreate.class : AfterUpdate.class, bean, Map.of());
	}

	/**
	 * Sets the changes on the instance, runs its {@code @BeforeUpdate} methods with them, and returns the changes to
	 * write: the given ones plus every field a method changed. The changes are checked first (unknown fields, keys,
	 * values of the wrong type are refused before the instance is touched).
	 * @param writes the write planner (checks the changes)
	 * @param entity the entity metadata
	 * @param bean the instance
	 * @param changes the new values, by field name
	 * @return the changes to write
	 */
	public Map<String, Object> beforeUpdate(WritePlanner writes, DynamitePersistentEntity<?> entity, Object bean,
			Map<String, ?> changes) {
		writes.changes(entity, changes, bean);
		PersistentPropertyAccessor<?> accessor = this.converter.accessor(bean);
		for (Map.Entry<String, ?> change : changes.entrySet()) {
			DynamitePersistentProperty property = entity.getRequiredField(change.getKey());
			accessor.setProperty(property, this.converter.toFieldValue(property, change.getValue()));
		}
		LifecycleMethods methods = entity.getLifecycleMethods();
		Map<String, Object> written = new LinkedHashMap<>(changes);
		if (!methods.has(BeforeUpdate.class)) {
			return written;
		}
		Map<String, AttributeValue> before = this.converter.write(accessor.getBean());
		methods.run(BeforeUpdate.class, accessor.getBean(), changes);
		Map<String, AttributeValue> after = this.converter.write(accessor.getBean());
		for (DynamitePersistentProperty property : entity) {
			String attribute = property.getAttributeName();
			boolean changed = !Objects.equals(before.get(attribute), after.get(attribute));
			if (changed && !property.isKey() && !property.isVersionProperty() && !written.containsKey(property.getName())) {
				written.put(property.getName(), accessor.getProperty(property));
			}
		}
		return written;
	}

	/**
	 * Runs the {@code @AfterUpdate} methods.
	 * @param entity the entity metadata
	 * @param bean the instance as written
	 * @param changes the changes the caller gave
	 */
	public void afterUpdate(DynamitePersistentEntity<?> entity, Object bean, Map<String, ?> changes) {
		entity.getLifecycleMethods().run(AfterUpdate.class, bean, changes);
	}

	/**
	 * Runs the {@code @BeforeDestroy} methods.
	 * @param entity the entity metadata
	 * @param bean the instance
	 */
	public void beforeDestroy(DynamitePersistentEntity<?> entity, Object bean) {
		entity.getLifecycleMethods().run(BeforeDestroy.class, bean, Map.of());
	}

	/**
	 * Runs the {@code @AfterDestroy} methods.
	 * @param entity the entity metadata
	 * @param bean the instance removed
	 */
	public void afterDestroy(DynamitePersistentEntity<?> entity, Object bean) {
		entity.getLifecycleMethods().run(AfterDestroy.class, bean, Map.of());
	}
}

package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-many relation on a {@code List<Target>} field: the {@code target} items whose {@code foreignKey} field
 * holds this entity's {@code localKey} value. The field is not stored; it stays {@code null} unless a read asks for
 * it with {@link dev.dynamite.core.Include}. Loaded with one Query per parent on the target's table when
 * {@code foreignKey} is its partition key, else on a global index of {@code foreignKey} (one the target declares, else
 * {@code <foreignKey>_index}, which {@code sync()} creates); never a Scan. Saving or deleting this entity never writes
 * or deletes the related items.
 *
 * <pre class="code">
 * &#64;HasMany(target = Task.class, foreignKey = "userId")
 * private List&lt;Task&gt; tasks;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HasMany {

	/**
	 * The related entity class (a {@code @DynamiteTable}).
	 * @return the related entity class
	 */
	Class<?> target();

	/**
	 * The field of the target that holds this entity's key.
	 * @return the field of the target that holds this entity's key
	 */
	String foreignKey();

	/**
	 * The field of this entity whose value the targets hold; this entity's partition key when empty.
	 * @return the field of this entity whose value the targets hold
	 */
	String localKey() default "";
}

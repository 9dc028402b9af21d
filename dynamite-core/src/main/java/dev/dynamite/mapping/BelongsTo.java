package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation on a field of the target type: the {@code target} item whose {@code localKey} (its partition
 * key by default) equals this entity's {@code foreignKey} field. The field is not stored; it stays {@code null} unless a
 * read asks for it with {@link dev.dynamite.core.Include}. Loaded with one BatchGetItem for the distinct foreign keys
 * of all the parents in a result (up to 100 keys a request).
 *
 * <pre class="code">
 * private String userId;
 *
 * &#64;BelongsTo(target = User.class, foreignKey = "userId")
 * private User user;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BelongsTo {

	/**
	 * The related entity class (a {@code @DynamiteTable} with a simple primary key).
	 * @return the related entity class
	 */
	Class<?> target();

	/**
	 * The field of this entity that holds the target's key.
	 * @return the field of this entity that holds the target's key
	 */
	String foreignKey();

	/**
	 * The target's field the foreign key refers to: its partition key (the default, and the only one supported, as
	 * the relation is read by key).
	 * @return the target's field the foreign key refers to
	 */
	String localKey() default "";
}

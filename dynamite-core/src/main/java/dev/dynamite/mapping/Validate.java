package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks this field's value before every write (after {@link WriteTransform @WriteTransform}), in the order given, the seed's {@code @Validate}: a message refuses the write, naming the entity, the field and the message; nothing is written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface Validate {

	/**
	 * The classes, each with a public no-argument constructor.
	 * @return the classes, applied in order
	 */
	Class<? extends ValueValidator<?>>[] value();
}

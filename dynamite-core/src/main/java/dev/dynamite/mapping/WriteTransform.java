package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Transforms this field's value before validation and every write (create, save, and the changes of an update), in the order given, the seed's {@code @Set}: the instance's field gets the transformed value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface WriteTransform {

	/**
	 * The classes, each with a public no-argument constructor.
	 * @return the classes, applied in order
	 */
	Class<? extends ValueTransformer<?>>[] value();
}

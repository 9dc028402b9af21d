package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Transforms this field's value after every read, and on the instance that {@code create}/{@code save}/{@code update} return, in the order given, as the seed's {@code @Get} accessors do. The stored value is not changed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface ReadTransform {

	/**
	 * The classes, each with a public no-argument constructor.
	 * @return the classes, applied in order
	 */
	Class<? extends ValueTransformer<?>>[] value();
}

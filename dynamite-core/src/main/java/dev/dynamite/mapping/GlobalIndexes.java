package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The container of repeated {@link GlobalIndex @GlobalIndex} annotations on one field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface GlobalIndexes {

	/**
	 * The indexes whose partition key the field is.
	 * @return the indexes whose partition key the field is
	 */
	GlobalIndex[] value();
}

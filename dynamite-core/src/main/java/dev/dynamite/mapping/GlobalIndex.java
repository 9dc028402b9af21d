package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes this field the partition key of a global secondary index (projection ALL). Equality on the field
 * is then answered by a Query on that index instead of a Scan.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface GlobalIndex {

	/**
	 * The index name; empty means {@code <attribute>_index}.
	 * @return the index name
	 */
	String name() default "";

	/**
	 * The Java field name of the index's sort key, if any.
	 * @return the Java field name of the index's sort key, if any
	 */
	String sortKey() default "";
}

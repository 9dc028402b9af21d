package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes this field the partition key of a global secondary index. Equality (or IN) on the field is then answered by a
 * Query on that index instead of a Scan. Repeatable: one field may be the partition key of several indexes (with
 * different sort keys or projections), each with its own name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Repeatable(GlobalIndexes.class)
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

	/**
	 * Which attributes the index holds; {@link IndexProjection#ALL} by default.
	 * @return which attributes the index holds
	 */
	IndexProjection projection() default IndexProjection.ALL;

	/**
	 * The fields (Java or attribute names) an {@link IndexProjection#INCLUDE} index holds besides the keys.
	 * @return the fields an {@link IndexProjection#INCLUDE} index holds besides the keys
	 */
	String[] include() default {};
}

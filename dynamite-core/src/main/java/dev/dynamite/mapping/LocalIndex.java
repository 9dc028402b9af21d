package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes this field the sort key of a local secondary index, which shares the table's partition key (the table needs a
 * {@link SortKey @SortKey}). Partition-key equality plus a condition on this field is then answered by a Query on the
 * index, in this field's order; strongly consistent reads are allowed there. DynamoDB creates local indexes only with
 * their table: {@code sync()} creates them with a new table, and reports one missing on an existing table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface LocalIndex {

	/**
	 * The index name; empty means {@code <attribute>_local_index}.
	 * @return the index name
	 */
	String name() default "";

	/**
	 * Which attributes the index holds; {@link IndexProjection#ALL} by default. A read through a KEYS_ONLY or INCLUDE
	 * index that needs other attributes fetches them from the table with {@code BatchGetItem}.
	 * @return which attributes the index holds
	 */
	IndexProjection projection() default IndexProjection.ALL;

	/**
	 * The fields (Java or attribute names) an {@link IndexProjection#INCLUDE} index holds besides the keys.
	 * @return the fields an {@link IndexProjection#INCLUDE} index holds besides the keys
	 */
	String[] include() default {};
}

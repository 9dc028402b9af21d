package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.data.annotation.Persistent;

/**
 * Marks a class as a DynamoDB table entity. The table name defaults to the simple class name in
 * snake_case plus "s" ({@code User} -> {@code users}, {@code UserProfile} -> {@code user_profiles});
 * {@link #value()} or {@link Name @Name} on the class overrides it. A configured table prefix is prepended
 * in every case.
 */
@Persistent
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DynamiteTable {

	/**
	 * The table name; empty means the default naming.
	 * @return the table name
	 */
	String value() default "";

	/**
	 * Single-table design: the entity's type in a table shared by several entity classes, written to the
	 * {@link #discriminator()} attribute of every item; with a {@link KeyTemplate @KeyTemplate}, which composes the
	 * table's {@link #partitionKey()} and {@link #sortKey()} attributes. Empty: the table is the entity's own.
	 * @return the entity's type name in a shared table
	 */
	String type() default "";

	/**
	 * Single-table design: the attribute holding each item's {@link #type()}.
	 * @return the discriminator attribute
	 */
	String discriminator() default "_type";

	/**
	 * Single-table design: the shared table's partition key attribute (a string).
	 * @return the partition key attribute
	 */
	String partitionKey() default "pk";

	/**
	 * Single-table design: the shared table's sort key attribute (a string).
	 * @return the sort key attribute
	 */
	String sortKey() default "sk";
}

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
}

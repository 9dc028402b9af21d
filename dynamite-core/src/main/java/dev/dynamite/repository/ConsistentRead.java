package dev.dynamite.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a derived or {@link Query @Query} repository method read with strongly consistent reads
 * ({@code ConsistentRead=true} on its GetItem, BatchGetItem, Query, Scan or statement). On a repository interface it
 * applies to every query method of it; a method's own annotation wins ({@code @ConsistentRead(false)} opts out).
 * Global secondary indexes offer no consistent reads: a method whose filter only a global index answers without a
 * Scan is refused when called.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ConsistentRead {

	/**
	 * Whether reads are strongly consistent.
	 * @return whether reads are strongly consistent
	 */
	boolean value() default true;
}

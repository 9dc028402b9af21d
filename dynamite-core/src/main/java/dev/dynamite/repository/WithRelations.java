package dev.dynamite.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Loads relations on the results of a derived or {@link Query @Query} repository method, as
 * {@link dev.dynamite.core.Include} does for template reads: each value is a relation path, dotted for nested
 * relations ({@code "departments.employees"} loads the departments and their employees). Like JPA's
 * {@code @EntityGraph(attributePaths = ...)}, but every relation is loaded with the requests
 * {@link dev.dynamite.core.Include} describes, never lazily.
 *
 * <pre class="code">
 * &#64;WithRelations({ "department", "tasks" })
 * List&lt;Employee&gt; findByDeptId(String deptId);
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WithRelations {

	/**
	 * The relation paths.
	 * @return the relation paths
	 */
	String[] value();
}

package dev.dynamite.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.data.annotation.QueryAnnotation;

/**
 * A PartiQL statement ({@code ExecuteStatement}) for a repository method, instead of a query derived from its name:
 * <pre class="code">
 * &#64;Query("SELECT * FROM {table} WHERE role = ?")
 * List&lt;User&gt; admins(String role);
 * </pre>
 * {@code {table}} stands for the entity's table (prefix included, quoted); the method's arguments bind to the
 * positional {@code ?}s in order, through the codec of the field each is compared with; a {@code Pageable} argument
 * skips and limits instead. A SELECT returns {@code List}, {@code Optional}, the entity, {@code Stream} or
 * {@code Slice}; an INSERT, UPDATE or DELETE returns {@code long} (1 when it wrote its item, 0 when the item was not
 * there) or {@code void}. The number of {@code ?}s is checked against the method's parameters at start-up.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Documented
@QueryAnnotation
public @interface Query {

	/**
	 * The PartiQL statement.
	 * @return the PartiQL statement
	 */
	String value();
}

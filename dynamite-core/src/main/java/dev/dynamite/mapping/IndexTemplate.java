package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Single-table design: an overloaded global index of the shared table, its key attributes composed like
 * {@link KeyTemplate @KeyTemplate}'s ({@code <name>pk} and {@code <name>sk}, e.g. {@code gsi1pk}/{@code gsi1sk}).
 * Several entity types use one index with templates of their own.
 *
 * <pre class="code">
 * &#64;IndexTemplate(name = "gsi1", partition = "EMAIL#{email}", sort = "CUSTOMER")
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IndexTemplates.class)
public @interface IndexTemplate {

	/**
	 * The index name, shared by the entity types that overload it.
	 * @return the index name
	 */
	String name();

	/**
	 * The index partition key template.
	 * @return the index partition key template
	 */
	String partition();

	/**
	 * The index sort key template.
	 * @return the index sort key template
	 */
	String sort();
}

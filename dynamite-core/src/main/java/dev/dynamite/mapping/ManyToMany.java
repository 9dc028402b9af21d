package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation on a {@code List<Target>} field, through a pivot table that holds one item per link:
 * {@code foreignKey} = this entity's partition key, {@code relatedKey} = the target's. {@code sync()} creates the
 * pivot table with both key orders indexed (the table's key is the two attributes in name order, a global index
 * {@code <second>_index} the reverse), so both sides read their links with one Query. The field is not stored and
 * stays {@code null} unless a read asks for it with {@link dev.dynamite.core.Include}: a Query on the pivot per
 * parent, then one BatchGetItem of the distinct related keys. Links are written with {@code attach}, {@code detach}
 * and {@code syncRelation}; saving or deleting an entity never writes its links.
 *
 * <pre class="code">
 * &#64;ManyToMany(target = Project.class, pivotTable = "employee_projects", foreignKey = "employeeId",
 *     relatedKey = "projectId")
 * private List&lt;Project&gt; projects;
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

	/**
	 * The related entity class (a {@code @DynamiteTable} with a simple primary key).
	 * @return the related entity class
	 */
	Class<?> target();

	/**
	 * The pivot table's base name (the table prefix, suffix or resolver apply as to entities).
	 * @return the pivot table's base name
	 */
	String pivotTable();

	/**
	 * The pivot attribute holding this entity's partition key.
	 * @return the pivot attribute holding this entity's partition key
	 */
	String foreignKey();

	/**
	 * The pivot attribute holding the target's partition key.
	 * @return the pivot attribute holding the target's partition key
	 */
	String relatedKey();
}

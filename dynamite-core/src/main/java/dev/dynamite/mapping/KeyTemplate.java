package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Single-table design: how the shared table's key attributes are composed from the entity's fields, as text with
 * {@code {field}} placeholders. The fields are stored as attributes of their own too, so reads map them back without
 * parsing the key.
 *
 * <pre class="code">
 * &#64;DynamiteTable(value = "shop", type = "Order")
 * &#64;KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderedAt}#{orderId}")
 * public class Order { ... }
 * </pre>
 *
 * Values are encoded so that the key's string order is the values' order and no value can end a segment early:
 * strings with {@code \} and {@code #} escaped ({@code \\}, {@code \#}), whole numbers as 20 fixed-width digits
 * (negative ones too), {@code Instant} as ISO-8601 UTC with nine fraction digits, dates and times in their fixed-width
 * ISO forms, enums by name. Two placeholders must be separated by literal text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeyTemplate {

	/**
	 * The partition key template, e.g. {@code "CUSTOMER#{customerId}"}.
	 * @return the partition key template
	 */
	String partition();

	/**
	 * The sort key template, e.g. {@code "ORDER#{orderedAt}#{orderId}"}; a literal for a single item per partition
	 * (e.g. {@code "PROFILE"}).
	 * @return the sort key template
	 */
	String sort();
}

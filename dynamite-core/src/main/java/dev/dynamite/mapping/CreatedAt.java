package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creation timestamp, set once by {@code create}/{@code save} of a new item. String fields get ISO-8601 UTC
 * with milliseconds and {@code Z}; {@code Instant}, {@code OffsetDateTime}, {@code LocalDateTime} and {@code Long}
 * fields work too. Timestamps written by one process are strictly increasing.
 * <p>
 * With {@code indexed = true}, {@code sync()} creates a creation-order global index, so that reads in the natural
 * order with a limit ({@code first()}, {@code last()}, {@code where(filter, limit/skip/order)}, derived
 * {@code First}/{@code Top}/{@code Last}, pages) that no key answers read about skip + limit matching items instead
 * of the whole table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
public @interface CreatedAt {

	/**
	 * Whether to keep a creation-order index: a global index (projection ALL) whose partition key is an attribute
	 * Dynamite writes on every put ({@code dynamite_created_<shards>}, holding a shard number) and whose sort key is
	 * this field.
	 * @return whether to keep a creation-order index
	 */
	boolean indexed() default false;

	/**
	 * How many partitions the creation-order index spreads the items over. One partition takes every write of the
	 * table, which caps the table's write rate at what one index partition accepts (about 1,000 writes a second); N
	 * shards lift that N-fold, and every ordered read sends N Queries (one per shard) and merges them. The shard count
	 * names the index and its attribute: changing it makes {@code sync()} build a new index.
	 * @return how many partitions the creation-order index spreads the items over
	 */
	int shards() default 1;
}

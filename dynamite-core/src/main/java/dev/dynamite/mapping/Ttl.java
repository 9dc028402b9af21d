package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The item's expiry time, for DynamoDB's Time to Live: on an {@code Instant} field (stored as epoch seconds, a
 * number) or a {@code Long}/{@code long} field holding epoch seconds. {@code sync()} turns Time to Live on for this
 * attribute ({@code validate} checks it is on). DynamoDB deletes expired items in the background, up to days later;
 * until then every read leaves out the items whose time has passed (the time is at or before the read's start), so
 * {@code count} agrees with {@code where}. An item without the attribute never expires. One field per entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface Ttl {
}

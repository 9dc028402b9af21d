package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the creation timestamp, set once by {@code create}/{@code save} of a new item. String fields get ISO-8601 UTC with milliseconds and {@code Z}; {@code Instant}, {@code OffsetDateTime}, {@code LocalDateTime} and {@code Long} fields work too. Timestamps written by one process are strictly increasing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE })
public @interface CreatedAt {
}

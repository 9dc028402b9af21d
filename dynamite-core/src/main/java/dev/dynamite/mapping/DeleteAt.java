package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Soft delete, the seed's {@code @DeleteAt}: on a {@code String} (ISO-8601 UTC) or {@code Instant} field, the time the
 * item was deleted. {@code destroy(entity)} and {@code delete(entity)} set it with an UpdateItem instead of deleting
 * the item, and every read leaves such items out unless {@code QueryOptions.builder().includeTrashed(true)} (or the
 * filter names this field). {@code forceDestroy(entity)} and {@code delete(type, filter)} delete for good. One field
 * per entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface DeleteAt {
}

package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the instance before {@code update(entity, changes)} (and {@code save} of a stored instance) writes it, when the write is called with {@code WriteOptions.hooks()}; the changes are already on the instance. The method may take one {@code Map<String, ?>} parameter: the changes by field name (empty for {@code save}). A change it makes to the instance is written. Several methods of one kind run in declaration order (a superclass's first). A write by filter with hooks runs
 * them once per item. The method is an instance method without parameters (see above for the update hooks).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeUpdate {
}

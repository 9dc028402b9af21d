package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the instance after {@code create} (or {@code save} of a new instance) wrote it, when the write is called with {@code WriteOptions.hooks()}; in a transaction, after the commit. Several methods of one kind run in declaration order (a superclass's first). A write by filter with hooks runs
 * them once per item. The method is an instance method without parameters (see above for the update hooks).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterCreate {
}

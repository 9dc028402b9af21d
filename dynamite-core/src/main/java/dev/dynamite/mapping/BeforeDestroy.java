package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the instance before {@code destroy}/{@code delete} removes it, when the call has {@code WriteOptions.hooks()}. Several methods of one kind run in declaration order (a superclass's first). A write by filter with hooks runs
 * them once per item. The method is an instance method without parameters (see above for the update hooks).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeDestroy {
}

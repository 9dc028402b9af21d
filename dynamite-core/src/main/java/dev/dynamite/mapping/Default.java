package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value written by {@code create} (and by {@code save} of a new item) when the field is {@code null}:
 * either a literal converted to the field's type ({@code @Default("customer")}, {@code @Default("true")})
 * or a {@link ValueGenerator} class ({@code @Default(generator = RandomUuid.class)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface Default {

	/**
	 * The literal default value, converted to the field's type.
	 * @return the literal default value, converted to the field's type
	 */
	String value() default "";

	/**
	 * A generator of default values; {@link ValueGenerator.None} means "use {@link #value()}".
	 * @return a generator of default values
	 */
	Class<? extends ValueGenerator<?>> generator() default ValueGenerator.None.class;
}

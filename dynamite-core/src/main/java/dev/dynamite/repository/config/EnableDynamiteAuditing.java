package dev.dynamite.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Turns auditing on: {@code @CreatedBy} and {@code @LastModifiedBy} fields are filled from an {@code AuditorAware}
 * bean on every put ({@code create}, {@code save}, {@code saveAll}, a transaction's put). Dynamite sets
 * {@code @CreatedDate}/{@code @LastModifiedDate} itself, as {@code @CreatedAt}/{@code @UpdatedAt}. Under Spring Boot it
 * is on when the context has an {@code AuditorAware} bean. Needs the {@code DynamiteMappingContext} bean named
 * {@code dynamiteMappingContext} (Boot's).
 */
@Inherited
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(DynamiteAuditingRegistrar.class)
public @interface EnableDynamiteAuditing {

	/**
	 * The {@code AuditorAware} bean to use; empty means the only one in the context.
	 * @return the {@code AuditorAware} bean to use
	 */
	String auditorAwareRef() default "";

	/**
	 * Whether the auditing handler also sets {@code @CreatedDate}/{@code @LastModifiedDate}: off, because Dynamite
	 * sets them itself, strictly increasing within a process.
	 * @return whether the auditing handler sets the dates
	 */
	boolean setDates() default false;

	/**
	 * Whether {@code @LastModifiedBy} is set on creation too.
	 * @return whether {@code @LastModifiedBy} is set on creation too
	 */
	boolean modifyOnCreate() default true;

	/**
	 * The {@code DateTimeProvider} bean, when {@link #setDates()} is on.
	 * @return the {@code DateTimeProvider} bean
	 */
	String dateTimeProviderRef() default "";
}

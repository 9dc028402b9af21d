package dev.dynamite.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of Dynamite repositories and templates alone, as {@code @DataMongoTest} is for MongoDB: only Dynamite's
 * auto-configuration, the application's {@code @DynamiteTable} entities and repositories, on the embedded DynamoDB
 * Local (add {@code dev.dynamite:dynamite-dynamodb-local} in test scope), and no web or other auto-configuration or
 * components. Tables are synchronised at start-up, and by default every item of every entity's table is deleted
 * before each test, so tests do not see each other's data ({@link #resetData()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DynamiteTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DynamiteTypeExcludeFilter.class)
@AutoConfigureDynamite
@ImportAutoConfiguration
public @interface DynamiteTest {

	/**
	 * Properties in {@code key=value} form added to the environment before the test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether to delete every item of every entity's table before each test method (one Scan and batched deletes
	 * each).
	 * @return whether data is reset before each test method
	 */
	boolean resetData() default true;

	/**
	 * Whether the default component filters apply (none is included, as with the other data slices).
	 * @return whether the default component filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Components to add to the application context.
	 * @return the filters of the components to add
	 */
	Filter[] includeFilters() default {};

	/**
	 * Components to leave out of the application context.
	 * @return the filters of the components to leave out
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration to leave out of this test.
	 * @return the auto-configuration classes to leave out
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};
}

package dev.dynamite.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

import dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactoryBean;

/**
 * Enables reactive Dynamite repositories: interfaces extending {@link dev.dynamite.repository.ReactiveDynamiteRepository}
 * (or any reactive Spring Data repository of a {@link dev.dynamite.mapping.DynamiteTable @DynamiteTable} entity) under
 * the annotated class's package, or the given packages, become beans using the {@code asyncDynamiteTemplate} bean.
 * Needs Project Reactor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(ReactiveDynamiteRepositoriesRegistrar.class)
public @interface EnableReactiveDynamiteRepositories {

	/**
	 * Alias of {@link #basePackages()}.
	 * @return the packages to scan
	 */
	String[] value() default {};

	/**
	 * Packages to scan for repositories; the annotated class's package when empty.
	 * @return the packages to scan
	 */
	String[] basePackages() default {};

	/**
	 * Type-safe alternative to {@link #basePackages()}: the packages of these classes are scanned.
	 * @return classes whose packages are scanned
	 */
	Class<?>[] basePackageClasses() default {};

	/**
	 * Which interfaces to include, on top of the base packages.
	 * @return which interfaces to include, on top of the base packages
	 */
	Filter[] includeFilters() default {};

	/**
	 * Which interfaces to exclude.
	 * @return which interfaces to exclude
	 */
	Filter[] excludeFilters() default {};

	/**
	 * The postfix of custom implementation classes.
	 * @return the postfix of custom implementation classes
	 */
	String repositoryImplementationPostfix() default "Impl";

	/**
	 * Where named queries are declared (Dynamite has no declared queries; kept for Spring Data).
	 * @return the location of named queries (unused)
	 */
	String namedQueriesLocation() default "";

	/**
	 * The query lookup strategy; every reactive Dynamite query method is derived from its name.
	 * @return the query lookup strategy
	 */
	Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

	/**
	 * The FactoryBean class creating each repository.
	 * @return the FactoryBean class creating each repository
	 */
	Class<?> repositoryFactoryBeanClass() default ReactiveDynamiteRepositoryFactoryBean.class;

	/**
	 * A custom base class of the repositories instead of the default one.
	 * @return a custom base class of the repositories instead of the default one
	 */
	Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

	/**
	 * The name of the {@link dev.dynamite.core.AsyncDynamiteOperations} bean the repositories use.
	 * @return the name of the {@link dev.dynamite.core.AsyncDynamiteOperations} bean the repositories use
	 */
	String asyncDynamiteTemplateRef() default "asyncDynamiteTemplate";

	/**
	 * Whether nested repository interfaces (e.g. inner interfaces of a configuration class) are found too.
	 * @return whether nested repository interfaces are found
	 */
	boolean considerNestedRepositories() default false;

	/**
	 * When the repositories are initialized.
	 * @return the bootstrap mode
	 */
	BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;
}

package dev.dynamite.autoconfigure.data;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScanner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mapping.callback.EntityCallbacks;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.DynamiteProperties;
import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.AsyncDynamiteTemplate;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTemplate;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.convert.EntityValidator;
import dev.dynamite.mapping.DynamiteManagedTypes;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.TableNameResolver;
import dev.dynamite.mapping.TableNaming;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import dev.dynamite.core.observation.DynamiteRequestObservationConvention;
import dev.dynamite.core.observation.RequestObservations;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Auto-configuration of the Dynamite data layer: a {@link DynamiteMappingContext} holding the
 * {@link DynamiteTable @DynamiteTable} classes found under the {@code @EntityScan} packages (or the application's
 * packages), the {@link DynamiteConverter} (with every {@link AttributeConverter} bean as a user converter), the
 * {@link DynamiteSchemaInitializer} running {@code dynamite.sync} at start-up, and the {@link DynamiteTemplate}
 * bean named {@code dynamiteTemplate} that repositories use. Every {@link DynamiteOperations} bean waits for the
 * schema sync.
 */
@AutoConfiguration(after = DynamiteAutoConfiguration.class)
@ConditionalOnClass({ DynamiteTemplate.class, DynamoDbClient.class })
@ConditionalOnBean(DynamoDbClient.class)
@EnableConfigurationProperties(DynamiteProperties.class)
public final class DynamiteDataAutoConfiguration {

	/**
	 * Jakarta Bean Validation on writes: the application's {@code jakarta.validation.Validator} bean (Boot's, with
	 * {@code spring-boot-starter-validation}) checks entities on create, save and update, once every singleton exists.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.validation.Validator")
	static class EntityValidationConfiguration {

		@Bean
		static SmartInitializingSingleton dynamiteEntityValidation(ObjectProvider<DynamiteConverter> converter,
				ObjectProvider<jakarta.validation.Validator> validator) {
			return () -> {
				jakarta.validation.Validator found = validator.getIfUnique();
				DynamiteConverter target = converter.getIfAvailable();
				if (found != null && target != null && target.getValidator() == null) {
					target.setValidator(EntityValidator.of(found));
				}
			};
		}
	}

	/** The name of the template bean, the repositories' default {@code dynamiteTemplateRef}. */
	public static final String TEMPLATE_BEAN_NAME = "dynamiteTemplate";

	/** The name of the async template bean, the reactive repositories' default {@code asyncDynamiteTemplateRef}. */
	public static final String ASYNC_TEMPLATE_BEAN_NAME = "asyncDynamiteTemplate";

	/**
	 * The entity scan's result. Ahead of time it becomes the list of classes found at build time (see
	 * {@code DynamiteManagedTypesBeanRegistrationAotProcessor}), so an AOT-processed application does not scan.
	 */
	@Bean
	@ConditionalOnMissingBean
	DynamiteManagedTypes dynamiteManagedTypes(ApplicationContext context) {
		return DynamiteManagedTypes.fromIterable(scanEntities(context));
	}

	@Bean
	@ConditionalOnMissingBean
	DynamiteMappingContext dynamiteMappingContext(DynamiteProperties properties, DynamiteManagedTypes entities,
			ObjectProvider<AttributeConverter<?>> converters, ObjectProvider<TableNameResolver> tableNameResolver) {
		List<AttributeConverter<?>> userConverters = converters.orderedStream().toList();
		TableNameResolver resolver = tableNameResolver.getIfUnique();
		TableNaming naming = (resolver != null) ? new TableNaming(resolver)
				: new TableNaming(properties.getTablePrefix(), properties.getTableSuffix());
		DynamiteMappingContext mappingContext = new DynamiteMappingContext(naming, userConverters);
		mappingContext.setManagedTypes(entities);
		return mappingContext;
	}

	@Bean
	@ConditionalOnMissingBean
	DynamiteConverter dynamiteConverter(DynamiteMappingContext mappingContext,
			ObjectProvider<AttributeConverter<?>> converters, BeanFactory beanFactory) {
		DynamiteConverter converter = new DynamiteConverter(mappingContext, converters.orderedStream().toList());
		// BeforeConvertCallback, BeforeSaveCallback, AfterSaveCallback and AfterConvertCallback beans (auditing's too)
		converter.setEntityCallbacks(EntityCallbacks.create(beanFactory));
		// a field type Dynamite cannot store fails the start-up, not the first write
		mappingContext.getPersistentEntities()
			.stream()
			.filter(DynamitePersistentEntity::isTable)
			.forEach((entity) -> converter.verify(entity.getType()));
		return converter;
	}

	@Bean
	@ConditionalOnMissingBean
	DynamiteSchemaInitializer dynamiteSchemaInitializer(DynamoDbClient client, DynamiteMappingContext mappingContext,
			DynamiteProperties properties) {
		return new DynamiteSchemaInitializer(client, mappingContext, properties.getSync());
	}

	@Bean(TEMPLATE_BEAN_NAME)
	@ConditionalOnMissingBean(DynamiteOperations.class)
	DynamiteTemplate dynamiteTemplate(DynamoDbClient client, DynamiteConverter converter, DynamiteProperties properties,
			ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<DynamiteRequestObservationConvention> convention) {
		return new DynamiteTemplate(client, converter, BatchRetryPolicy.DEFAULT, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM,
				observations(properties, observations, convention));
	}

	private static RequestObservations observations(DynamiteProperties properties,
			ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<DynamiteRequestObservationConvention> convention) {
		return new RequestObservations(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
				convention.getIfAvailable(), properties.getMetrics().isConsumedCapacity());
	}

	/**
	 * The async template on the async client, sharing the converter (and so the mapping) of the sync one. Lazy, like
	 * the async client: nothing starts unless it is used.
	 */
	@Bean(ASYNC_TEMPLATE_BEAN_NAME)
	@Lazy
	@ConditionalOnBean(DynamoDbAsyncClient.class)
	@ConditionalOnMissingBean(AsyncDynamiteOperations.class)
	AsyncDynamiteTemplate asyncDynamiteTemplate(DynamoDbAsyncClient client, DynamiteConverter converter,
			DynamiteProperties properties, ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<DynamiteRequestObservationConvention> convention) {
		return new AsyncDynamiteTemplate(client, converter, BatchRetryPolicy.DEFAULT,
				DynamiteTemplate.DEFAULT_BATCH_PARALLELISM, observations(properties, observations, convention));
	}

	/** The consumed capacity of each request as a distribution summary, when asked for and a MeterRegistry exists. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	@ConditionalOnBooleanProperty("dynamite.metrics.consumed-capacity")
	static class ConsumedCapacityConfiguration {

		@Bean
		@ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
		@ConditionalOnMissingBean
		ConsumedCapacityObservationHandler dynamiteConsumedCapacityObservationHandler(
				ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
			return new ConsumedCapacityObservationHandler(meters.getObject());
		}
	}

	@Bean
	static DynamiteOperationsDependsOnSchemaInitializer dynamiteOperationsDependsOnSchemaInitializer() {
		return new DynamiteOperationsDependsOnSchemaInitializer();
	}

	@Bean
	static DynamiteOperationsDependsOnSchemaInitializer.Async asyncDynamiteOperationsDependsOnSchemaInitializer() {
		return new DynamiteOperationsDependsOnSchemaInitializer.Async();
	}

	private static Set<Class<?>> scanEntities(ApplicationContext context) {
		try {
			Set<Class<?>> entities = new TreeSet<>(Comparator.comparing(Class::getName));
			entities.addAll(new EntityScanner(context).scan(DynamiteTable.class));
			return entities;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("Could not load a @DynamiteTable class while scanning for entities: "
					+ ex.getMessage(), ex);
		}
	}
}

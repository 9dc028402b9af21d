package dev.dynamite.autoconfigure.health;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A {@link DynamiteHealthIndicator} ({@code /actuator/health/dynamite}) when Spring Boot's health support is on the
 * classpath and {@code management.health.dynamite.enabled} is not false.
 */
@AutoConfiguration(after = { DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class })
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(DynamoDbClient.class)
@Import(DynamiteHealthContributorAutoConfiguration.DynamiteHealthIndicatorConfiguration.class)
public final class DynamiteHealthContributorAutoConfiguration {

	/** Apart, so that the health condition's class is only loaded once spring-boot-health is known present. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnEnabledHealthIndicator("dynamite")
	static class DynamiteHealthIndicatorConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "dynamiteHealthIndicator")
		DynamiteHealthIndicator dynamiteHealthIndicator(DynamoDbClient client,
				ObjectProvider<DynamiteMappingContext> mappingContext) {
			return new DynamiteHealthIndicator(client, () -> tableNames(mappingContext.getIfAvailable()));
		}

		private static List<String> tableNames(@Nullable DynamiteMappingContext mappingContext) {
			if (mappingContext == null) {
				return List.of();
			}
			return mappingContext.getPersistentEntities()
				.stream()
				.filter(DynamitePersistentEntity::isTable)
				.map(DynamitePersistentEntity::getTableName)
				.distinct()
				.sorted()
				.toList();
		}
	}
}

package dev.dynamite.autoconfigure.data;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.repository.DynamiteRepository;
import dev.dynamite.repository.config.DynamiteRepositoryConfigurationExtension;
import dev.dynamite.repository.config.EnableDynamiteRepositories;
import dev.dynamite.repository.support.DynamiteRepositoryFactoryBean;

/**
 * Enables Dynamite repositories under the application's packages (those of {@code @SpringBootApplication}), as
 * {@link EnableDynamiteRepositories @EnableDynamiteRepositories} would. Backs off when the application uses
 * {@code @EnableDynamiteRepositories} itself, or when {@code dynamite.repositories.enabled=false}.
 */
@AutoConfiguration(after = DynamiteDataAutoConfiguration.class)
@ConditionalOnClass(DynamiteRepository.class)
@ConditionalOnBean(DynamiteOperations.class)
@ConditionalOnMissingBean({ DynamiteRepositoryFactoryBean.class, DynamiteRepositoryConfigurationExtension.class })
@ConditionalOnBooleanProperty(name = "dynamite.repositories.enabled", matchIfMissing = true)
@Import(DynamiteRepositoriesRegistrar.class)
public final class DynamiteRepositoriesAutoConfiguration {

}

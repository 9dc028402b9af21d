package dev.dynamite.autoconfigure.data;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.repository.config.ReactiveDynamiteRepositoryConfigurationExtension;
import dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactoryBean;

/**
 * Enables reactive Dynamite repositories under the application's packages when Project Reactor is on the class path,
 * as {@link dev.dynamite.repository.config.EnableReactiveDynamiteRepositories @EnableReactiveDynamiteRepositories}
 * would. Backs off when the application uses that annotation itself, or when
 * {@code dynamite.repositories.reactive.enabled=false}.
 */
@AutoConfiguration(after = DynamiteDataAutoConfiguration.class)
@ConditionalOnClass(name = { "reactor.core.publisher.Flux", "dev.dynamite.repository.ReactiveDynamiteRepository" })
@ConditionalOnBean(AsyncDynamiteOperations.class)
@ConditionalOnMissingBean({ ReactiveDynamiteRepositoryFactoryBean.class,
		ReactiveDynamiteRepositoryConfigurationExtension.class })
@ConditionalOnBooleanProperty(name = "dynamite.repositories.reactive.enabled", matchIfMissing = true)
@Import(DynamiteReactiveRepositoriesRegistrar.class)
public final class DynamiteReactiveRepositoriesAutoConfiguration {

}

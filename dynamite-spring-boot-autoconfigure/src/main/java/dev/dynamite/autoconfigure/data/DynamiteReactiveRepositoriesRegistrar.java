package dev.dynamite.autoconfigure.data;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryConfigurationExtension;

import dev.dynamite.repository.config.EnableReactiveDynamiteRepositories;
import dev.dynamite.repository.config.ReactiveDynamiteRepositoryConfigurationExtension;

/**
 * Registers the reactive Dynamite repositories found under the auto-configuration packages, with the defaults of
 * {@link EnableReactiveDynamiteRepositories @EnableReactiveDynamiteRepositories}.
 */
class DynamiteReactiveRepositoriesRegistrar extends DynamiteRepositoriesRegistrar {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableReactiveDynamiteRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableReactiveDynamiteRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new ReactiveDynamiteRepositoryConfigurationExtension();
	}

	@EnableReactiveDynamiteRepositories
	private static final class EnableReactiveDynamiteRepositoriesConfiguration {

	}
}

package dev.dynamite.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repository beans of
 * {@link EnableReactiveDynamiteRepositories @EnableReactiveDynamiteRepositories}.
 */
class ReactiveDynamiteRepositoriesRegistrar extends DynamiteRepositoriesRegistrar {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableReactiveDynamiteRepositories.class;
	}

	@Override
	protected RepositoryConfigurationExtension getExtension() {
		return new ReactiveDynamiteRepositoryConfigurationExtension();
	}
}

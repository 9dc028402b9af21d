package dev.dynamite.autoconfigure.data;

import java.lang.annotation.Annotation;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;
import org.springframework.data.util.Streamable;

import dev.dynamite.repository.config.DynamiteRepositoryConfigurationExtension;
import dev.dynamite.repository.config.EnableDynamiteRepositories;

/**
 * Registers the Dynamite repositories found under the auto-configuration packages, with the defaults of
 * {@link EnableDynamiteRepositories @EnableDynamiteRepositories}.
 */
class DynamiteRepositoriesRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	/**
	 * The application's packages without those nested in another (each repository is found once); none, instead of
	 * a failure, when no auto-configuration package is registered.
	 */
	@Override
	protected Streamable<String> getBasePackages() {
		if (this.beanFactory == null || !AutoConfigurationPackages.has(this.beanFactory)) {
			return Streamable.empty();
		}
		List<String> packages = super.getBasePackages().toList();
		return Streamable.of(packages.stream()
			.filter((candidate) -> packages.stream().noneMatch((other) -> isNestedIn(candidate, other)))
			.distinct()
			.toList());
	}

	private static boolean isNestedIn(String candidate, String other) {
		return !other.isEmpty() && candidate.startsWith(other + ".");
	}

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableDynamiteRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableDynamiteRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new DynamiteRepositoryConfigurationExtension();
	}

	@EnableDynamiteRepositories
	private static final class EnableDynamiteRepositoriesConfiguration {

	}
}

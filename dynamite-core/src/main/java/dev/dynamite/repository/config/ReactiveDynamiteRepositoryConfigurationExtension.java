package dev.dynamite.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;
import org.springframework.data.repository.core.RepositoryMetadata;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.repository.ReactiveDynamiteRepository;
import dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactoryBean;

/**
 * The reactive Dynamite store module for Spring Data's repository configuration: claims the reactive repositories of
 * {@link DynamiteTable @DynamiteTable} entities and {@link ReactiveDynamiteRepository} interfaces, and wires the
 * {@link dev.dynamite.core.AsyncDynamiteOperations} bean by name ({@code asyncDynamiteTemplate} unless
 * {@link EnableReactiveDynamiteRepositories#asyncDynamiteTemplateRef()} says otherwise).
 */
public class ReactiveDynamiteRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	/** The default async operations bean name. */
	public static final String DEFAULT_ASYNC_TEMPLATE_REF = "asyncDynamiteTemplate";

	@Override
	public String getModuleName() {
		return "Reactive Dynamite";
	}

	@Override
	protected String getModulePrefix() {
		return "dynamite-reactive";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return ReactiveDynamiteRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(DynamiteTable.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(ReactiveDynamiteRepository.class);
	}

	@Override
	protected boolean useRepositoryConfiguration(RepositoryMetadata metadata) {
		return metadata.isReactiveRepository();
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, RepositoryConfigurationSource source) {
		String templateRef = source.getAttribute("asyncDynamiteTemplateRef").orElse(DEFAULT_ASYNC_TEMPLATE_REF);
		builder.addPropertyReference("asyncDynamiteOperations", templateRef);
	}
}

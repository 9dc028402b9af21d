package dev.dynamite.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;
import org.springframework.data.repository.core.RepositoryMetadata;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.repository.DynamiteRepository;
import dev.dynamite.repository.support.DynamiteRepositoryFactoryBean;

/**
 * The Dynamite store module for Spring Data's repository configuration: names the factory bean, claims repositories
 * of {@link DynamiteTable @DynamiteTable} entities and {@link DynamiteRepository} interfaces (multi-store strict
 * mode), and wires the {@link dev.dynamite.core.DynamiteOperations} bean by name ({@code dynamiteTemplate} unless
 * {@link EnableDynamiteRepositories#dynamiteTemplateRef()} says otherwise).
 */
public class DynamiteRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	/** The attribute naming the operations bean. */
	static final String TEMPLATE_REF = "dynamiteTemplateRef";

	/** The default operations bean name. */
	public static final String DEFAULT_TEMPLATE_REF = "dynamiteTemplate";

	@Override
	public String getModuleName() {
		return "Dynamite";
	}

	@Override
	protected String getModulePrefix() {
		return "dynamite";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return DynamiteRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(DynamiteTable.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(DynamiteRepository.class);
	}

	/** Reactive repositories belong to {@link ReactiveDynamiteRepositoryConfigurationExtension}. */
	@Override
	protected boolean useRepositoryConfiguration(RepositoryMetadata metadata) {
		return !metadata.isReactiveRepository();
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, RepositoryConfigurationSource source) {
		String templateRef = source.getAttribute(TEMPLATE_REF).orElse(DEFAULT_TEMPLATE_REF);
		builder.addPropertyReference("dynamiteOperations", templateRef);
	}
}

package dev.dynamite.repository.config;

import java.lang.annotation.Annotation;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.auditing.IsNewAwareAuditingHandler;
import org.springframework.data.auditing.config.AuditingBeanDefinitionRegistrarSupport;
import org.springframework.data.auditing.config.AuditingConfiguration;
import org.springframework.data.config.ParsingUtils;

import dev.dynamite.core.mapping.event.AuditingEntityCallback;

/**
 * Registers the auditing handler of {@link EnableDynamiteAuditing @EnableDynamiteAuditing} on the
 * {@code dynamiteMappingContext} and the {@link AuditingEntityCallback} that applies it, as Spring Data's stores do.
 */
class DynamiteAuditingRegistrar extends AuditingBeanDefinitionRegistrarSupport {

	/** The bean name of the mapping context the handler audits with. */
	static final String MAPPING_CONTEXT_BEAN_NAME = "dynamiteMappingContext";

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableDynamiteAuditing.class;
	}

	@Override
	protected String getAuditingHandlerBeanName() {
		return "dynamiteAuditingHandler";
	}

	@Override
	protected void postProcess(BeanDefinitionBuilder builder, AuditingConfiguration configuration,
			BeanDefinitionRegistry registry) {
		builder.setFactoryMethod("from").addConstructorArgReference(MAPPING_CONTEXT_BEAN_NAME);
	}

	@Override
	protected BeanDefinitionBuilder getAuditHandlerBeanDefinitionBuilder(AuditingConfiguration configuration) {
		return configureDefaultAuditHandlerAttributes(configuration,
				BeanDefinitionBuilder.rootBeanDefinition(IsNewAwareAuditingHandler.class));
	}

	@Override
	protected void registerAuditListenerBeanDefinition(BeanDefinition auditingHandlerDefinition,
			BeanDefinitionRegistry registry) {
		BeanDefinitionBuilder callback = BeanDefinitionBuilder.rootBeanDefinition(AuditingEntityCallback.class);
		callback.addConstructorArgValue(ParsingUtils.getObjectFactoryBeanDefinition(getAuditingHandlerBeanName(), registry));
		registerInfrastructureBeanWithId(callback.getBeanDefinition(), AuditingEntityCallback.class.getName(), registry);
	}
}

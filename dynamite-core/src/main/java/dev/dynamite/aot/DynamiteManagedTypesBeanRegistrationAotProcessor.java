package dev.dynamite.aot;

import java.lang.reflect.AnnotatedElement;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.data.aot.AotContext;
import org.springframework.data.aot.ManagedTypesBeanRegistrationAotProcessor;
import org.springframework.data.util.TypeContributor;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import dev.dynamite.mapping.Convert;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteManagedTypes;
import dev.dynamite.mapping.ValueGenerator;

/**
 * Ahead of time, turns the {@link DynamiteManagedTypes} bean (the entity scan) into the list of entity classes found
 * at build time, and registers what a native image needs to map them: Spring Data's data-binding and accessor hints
 * for each entity and the types its properties reach, Dynamite's own annotations on them, and the constructor of
 * every {@link ValueGenerator} named by {@link Default#generator()} and every converter named by {@link Convert}.
 */
public class DynamiteManagedTypesBeanRegistrationAotProcessor extends ManagedTypesBeanRegistrationAotProcessor {

	/** The namespace of the annotations whose reflection hints are contributed. */
	static final Set<String> DYNAMITE_NAMESPACE = Set.of("dev.dynamite.mapping");

	/** Matches {@link DynamiteManagedTypes} beans, and {@code ManagedTypes} beans named {@code dynamite...}. */
	public DynamiteManagedTypesBeanRegistrationAotProcessor() {
		setModuleIdentifier("dynamite");
	}

	@Override
	protected boolean isMatch(@Nullable Class<?> beanType, @Nullable String beanName) {
		return (beanType != null && ClassUtils.isAssignable(DynamiteManagedTypes.class, beanType))
				|| super.isMatch(beanType, beanName);
	}

	@Override
	protected void registerTypeHints(ResolvableType type, AotContext aotContext, GenerationContext generationContext) {
		super.registerTypeHints(type, aotContext, generationContext);
		Class<?> entity = type.toClass();
		RuntimeHints hints = generationContext.getRuntimeHints();
		MergedAnnotations.from(entity)
			.stream()
			.map(MergedAnnotation::getType)
			.forEach(annotation -> TypeContributor.contribute(annotation, DYNAMITE_NAMESPACE, generationContext));
		ReflectionUtils.doWithFields(entity, field -> contributeMember(field, hints, generationContext));
		ReflectionUtils.doWithMethods(entity, method -> contributeMember(method, hints, generationContext),
				method -> !method.isSynthetic() && method.getDeclaringClass() != Object.class);
	}

	private static void contributeMember(AnnotatedElement member, RuntimeHints hints,
			GenerationContext generationContext) {
		MergedAnnotations annotations = MergedAnnotations.from(member);
		annotations.stream()
			.map(MergedAnnotation::getType)
			.filter(annotation -> TypeContributor.isPartOf(annotation, DYNAMITE_NAMESPACE))
			.forEach(annotation -> TypeContributor.contribute(annotation, DYNAMITE_NAMESPACE, generationContext));
		Default declared = AnnotatedElementUtils.findMergedAnnotation(member, Default.class);
		if (declared != null && declared.generator() != ValueGenerator.None.class) {
			hints.reflection().registerType(declared.generator(), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
		Convert convert = AnnotatedElementUtils.findMergedAnnotation(member, Convert.class);
		if (convert != null) {
			hints.reflection().registerType(convert.value(), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
		// relation fields are set reflectively when a read includes them
		if (member instanceof java.lang.reflect.Field field && (field.isAnnotationPresent(dev.dynamite.mapping.HasMany.class)
				|| field.isAnnotationPresent(dev.dynamite.mapping.BelongsTo.class)
				|| field.isAnnotationPresent(dev.dynamite.mapping.ManyToMany.class))) {
			hints.reflection().registerField(field);
		}
	}
}

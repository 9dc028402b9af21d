package dev.dynamite.aot;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

import dev.dynamite.mapping.RandomUuid;
import dev.dynamite.mapping.Ulid;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;
import dev.dynamite.repository.support.SimpleDynamiteRepository;

/**
 * The reflection that Dynamite itself needs in a native image, whatever the application's entities: the repository
 * base classes (created and called through reflection by Spring Data's repository proxies) and the repository
 * factories listed in {@code META-INF/spring.factories}.
 */
public class DynamiteRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.reflection()
			.registerType(SimpleDynamiteRepository.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
					MemberCategory.INVOKE_PUBLIC_METHODS)
			.registerType(DynamiteRepositoryFactory.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)
			// the field that describes single-table design's composed attributes (TemplateAttribute)
			.registerType(TypeReference.of("dev.dynamite.mapping.TemplateAttribute$Holder"), MemberCategory.ACCESS_DECLARED_FIELDS);
		if (isPresent("reactor.core.publisher.Flux", classLoader)) {
			// by name: these classes reach Reactor types, which may be absent
			hints.reflection()
				.registerType(TypeReference.of("dev.dynamite.repository.support.SimpleReactiveDynamiteRepository"),
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS)
				.registerType(TypeReference.of("dev.dynamite.repository.support.ReactiveDynamiteRepositoryFactory"),
						MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		}
		// the built-in generators; an entity's own generators are registered with the entity
		hints.reflection().registerType(RandomUuid.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
		hints.reflection().registerType(Ulid.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
	}

	private static boolean isPresent(String className, @Nullable ClassLoader classLoader) {
		return org.springframework.util.ClassUtils.isPresent(className, classLoader);
	}
}

package dev.dynamite.autoconfigure.aot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.repository.support.SimpleDynamiteRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processing an application ahead of time, as {@code spring-boot:process-aot} does: its entities become a list fixed
 * at build time (no scan at start-up) and get the reflection hints a native image needs, with their value generators
 * and Dynamite's repository classes.
 */
class DynamiteAotProcessingTests {

	private final InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();

	private final DefaultGenerationContext generation = new DefaultGenerationContext(
			new org.springframework.aot.generate.ClassNameGenerator(ClassName.get(GadgetApplication.class)), this.files);

	private RuntimeHints process() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			// no request is sent ahead of time: the endpoint is never called
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
					Map.of("dynamite.endpoint", "http://127.0.0.1:9", "dynamite.credentials.access-key-id", "test",
							"dynamite.credentials.secret-access-key", "test")));
			context.register(GadgetApplication.class);
			new ApplicationContextAotGenerator().processAheadOfTime(context, this.generation);
		}
		this.generation.writeGeneratedContent();
		return this.generation.getRuntimeHints();
	}

	private String generatedSources() {
		return this.files.getGeneratedFiles(Kind.SOURCE).values().stream().map(DynamiteAotProcessingTests::text)
			.collect(Collectors.joining("\n"));
	}

	private static String text(InputStreamSource source) {
		try (InputStream in = source.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theScannedEntitiesBecomeAListFixedAtBuildTime() {
		process();
		assertThat(generatedSources()).contains("List<Class<?>> types = List.of(Gadget.class);")
			.contains("return DynamiteManagedTypes.from(managedTypes);")
			.doesNotContain("dynamiteManagedTypes(args.get(0))");
	}

	@Test
	void entitiesGetBindingHintsForTheirFieldsAndConstructors() {
		RuntimeHints hints = process();
		assertThat(RuntimeHintsPredicates.reflection().onType(Gadget.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(DynamiteTable.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(PrimaryKey.class)).accepts(hints);
	}

	@Test
	void aConverterNamedOnAFieldCanBeCreated() {
		RuntimeHints hints = process();
		assertThat(RuntimeHintsPredicates.reflection().onType(UpperCase.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
	}

	@Test
	void aValueGeneratorNamedOnAFieldCanBeCreated() {
		RuntimeHints hints = process();
		assertThat(RuntimeHintsPredicates.reflection().onType(SerialGenerator.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
	}

	@Test
	void repositoriesGetTheirInterfaceAndDynamitesBaseClass() {
		RuntimeHints hints = process();
		assertThat(RuntimeHintsPredicates.reflection().onType(GadgetRepository.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SimpleDynamiteRepository.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.proxies().forInterfaces(GadgetRepository.class,
				org.springframework.data.repository.Repository.class,
				org.springframework.transaction.interceptor.TransactionalProxy.class,
				org.springframework.aop.framework.Advised.class, org.springframework.core.DecoratingProxy.class))
			.accepts(hints);
	}
}

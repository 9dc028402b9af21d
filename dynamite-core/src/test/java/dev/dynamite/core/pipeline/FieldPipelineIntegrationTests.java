package dev.dynamite.core.pipeline;

import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The field pipeline in the seed's order (@WriteTransform, then @Validate, then the write; @ReadTransform after a
 * read), and Jakarta Bean Validation on create, save and an update's changed fields: a refusal writes nothing.
 */
@ParameterizedClass
@EnumSource(Api.class)
class FieldPipelineIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final String prefix = LocalDynamoDb.uniquePrefix("pipeline");

	private static ValidatorFactory validation;

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		validation = Validation.byDefaultProvider().configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory();
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(prefix)
			.validator(validation.getValidator())
			.tables(Profile.class)
			.build();
		dynamite.sync();
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		validation.close();
	}

	@BeforeEach
	void clear() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Profile.class, Filter.all());
		recorder.clear();
	}

	private Map<String, AttributeValue> raw(String id) {
		return dynamite.client().getItem((r) -> r.tableName(prefix + "profiles").key(Map.of("id", AttributeValue.fromS(id))))
			.item();
	}

	@Test
	void writeTransformsRunBeforeValidationAndTheWriteReadTransformsAfterReads() {
		Profile created = this.template.create(new Profile("p1", "  ann  ", "ann@example.com", "ann"));

		assertThat(raw("p1").get("name").s()).isEqualTo("ann");
		assertThat(created.getName()).isEqualTo("ANN");
		assertThat(this.template.findById(Profile.class, "p1").orElseThrow().getName()).isEqualTo("ANN");
		assertThat(this.template.where(Profile.class, Filter.all())).extracting(Profile::getName).containsExactly("ANN");
	}

	@Test
	void aValidatorMessageRefusesTheWriteAfterTheTransform() {
		// "  a  " is 5 characters before the trim and 1 after: the validator sees the trimmed value
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.create(new Profile("p2", "  a  ", "a@example.com", "a")))
			.withMessageContaining("Field 'name' of entity Profile")
			.withMessageContaining("must have at least 2 characters")
			.withMessageContaining("nothing was written");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void anUpdateTransformsAndValidatesItsChanges() {
		Profile bob = this.template.create(new Profile("p3", "bob", "bob@example.com", "bob"));
		Profile renamed = this.template.update(bob, Map.of("name", "  robert "));
		assertThat(raw("p3").get("name").s()).isEqualTo("robert");
		assertThat(renamed.getName()).isEqualTo("ROBERT");
		recorder.clear();
		assertThatIllegalArgumentException().isThrownBy(() -> this.template.update(bob, Map.of("name", " x ")))
			.withMessageContaining("'name'");
		assertThat(this.template.update(Profile.class, Map.of("name", " bo "), Filter.where("id", "p3"))).isEqualTo(1);
		assertThat(raw("p3").get("name").s()).isEqualTo("bo");
	}

	@Test
	void beanValidationRefusesCreateSaveAndUpdateWritingNothing() {
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.template.create(new Profile("p4", "dan", "not an email", " ")))
			.withMessageContaining("'email'")
			.withMessageContaining("'handle'")
			.satisfies((ex) -> assertThat(ex.getConstraintViolations()).hasSize(2));
		Profile eve = this.template.create(new Profile("p5", "eve", "eve@example.com", "eve"));
		eve.setHandle("far-too-long-handle");
		assertThatExceptionOfType(ConstraintViolationException.class).isThrownBy(() -> this.template.save(eve));
		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> this.template.update(eve, Map.of("email", "nope")))
			.withMessageContaining("'email'");
		assertThat(raw("p5").get("email").s()).isEqualTo("eve@example.com");
		assertThat(raw("p5").get("handle").s()).isEqualTo("eve");
		assertThat(this.template.findById(Profile.class, "p4")).isEmpty();
	}
}

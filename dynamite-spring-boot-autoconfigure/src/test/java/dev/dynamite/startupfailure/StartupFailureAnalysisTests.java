package dev.dynamite.startupfailure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.dynamite.startupfailure.nokey.NoKeyApplication;
import dev.dynamite.startupfailure.unknown.UnknownPropertyApplication;
import dev.dynamite.startupfailure.unmappable.UnmappableFieldApplication;
import dev.dynamite.startupfailure.unscanned.UnscannedEntityApplication;
import dev.dynamite.test.LocalDynamoDb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up mistakes are reported the way Spring Boot reports a bad property value: an "APPLICATION FAILED TO
 * START" block with a description and an action.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureAnalysisTests {

	@Test
	void anEntityWithoutPrimaryKey(CapturedOutput output) {
		fails(NoKeyApplication.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Dynamite cannot map entity " + NoKeyApplication.Keyless.class.getName())
			.contains("no partition key")
			.contains("@PrimaryKey");
	}

	@Test
	void aMappingMistakeFailsBeforeTheEmbeddedServerStarts(CapturedOutput output) {
		SpringApplication app = new SpringApplication(UnmappableFieldApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--management.health.dynamite.enabled=false")).isInstanceOf(RuntimeException.class);
		assertThat(output).contains("APPLICATION FAILED TO START").contains("worker")
			.doesNotContain("Started embedded DynamoDB Local");
	}

	@Test
	void aDerivedMethodOnAnUnknownProperty(CapturedOutput output) {
		fails(UnknownPropertyApplication.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Method findByColour of " + dev.dynamite.startupfailure.unknown.PetRepository.class.getName()
					+ " cannot become a DynamoDB query")
			.contains("colour")
			.contains("docs/repositories.md");
	}

	@Test
	void aFieldTypeDynamiteCannotStoreIsFoundAtStartUp(CapturedOutput output) {
		fails(UnmappableFieldApplication.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Dynamite cannot map entity " + UnmappableFieldApplication.Job.class.getName())
			.contains("worker")
			.contains("Thread")
			.contains("AttributeConverter");
	}

	@Test
	void aRepositoryOfAnEntityOutsideTheScannedPackagesPointsToEntityScan(CapturedOutput output) {
		fails(UnscannedEntityApplication.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("which is not among the scanned @DynamiteTable entities")
			.contains("@EntityScan(basePackageClasses = Stray.class)");
	}

	private static void fails(Class<?> application) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--dynamite.endpoint=" + LocalDynamoDb.endpoint(),
				"--dynamite.credentials.access-key-id=test", "--dynamite.credentials.secret-access-key=test",
				"--dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("failure"), "--management.health.dynamite.enabled=false"))
			.isInstanceOf(RuntimeException.class);
	}
}

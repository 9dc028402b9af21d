package dev.dynamite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;

import dev.dynamite.core.model.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * DynamoDB Local's in-process client (no HTTP) cannot describe its configuration: Dynamite still works on it, and
 * asking it for an async client like it says what to do instead.
 */
class InProcessClientIntegrationTests {

	private static AmazonDynamoDBLocal local;

	@BeforeAll
	static void start() {
		local = DynamoDBEmbedded.create(true);
	}

	@AfterAll
	static void stop() {
		local.shutdown();
	}

	@Test
	void aClientWithoutItsConfigurationStillServesTheTemplate() {
		Dynamite dynamite = Dynamite.builder().client(local.dynamoDbClient()).tables(User.class).build();
		dynamite.sync();
		User ann = dynamite.template().create(new User("Ann", "ann@example.com"));
		assertThat(dynamite.template().findById(User.class, ann.getId())).get().extracting(User::getName)
			.isEqualTo("Ann");
		assertThatIllegalStateException().isThrownBy(dynamite::asyncTemplate)
			.withMessageContaining("Dynamite.builder().asyncClient(...)");
	}
}

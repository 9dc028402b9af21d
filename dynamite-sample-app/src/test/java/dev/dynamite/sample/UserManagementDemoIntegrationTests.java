package dev.dynamite.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the sample app as {@code mvn spring-boot:run} does (embedded DynamoDB Local, demo enabled) and checks the
 * console (stdout and stderr, so a stray warning inside the demo fails too) against the seed guide's "Expected Output",
 * line by line; only the generated UUIDs differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ExtendWith(OutputCaptureExtension.class)
class UserManagementDemoIntegrationTests {

	@Autowired
	private RestTestClient client;

	@Test
	void printsTheSeedGuidesExpectedOutputStepByStep(CapturedOutput output) {
		SeedGuideOutput.assertPrintedOnce(output.getAll());
	}

	@Test
	void leavesTheTwoRemainingUsersServedByTheApi(CapturedOutput output) {
		List<String> ids = SeedGuideOutput.createdIds(SeedGuideOutput.demoLines(output.getAll()));
		List<Map<String, Object>> users = this.client.get().uri("/users").exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
		assertThat(users).extracting(u -> u.get("id"), u -> u.get("name"), u -> u.get("role"), u -> u.get("active"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(0), "John A. Doe", "premium", true),
					org.assertj.core.groups.Tuple.tuple(ids.get(1), "Jane Smith", "admin", true));
		this.client.get().uri("/users/{id}", ids.get(2)).exchange().expectStatus().isNotFound();
	}

}

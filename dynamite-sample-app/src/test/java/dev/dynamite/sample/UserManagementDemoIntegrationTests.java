package dev.dynamite.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
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

	private static final Pattern UUID_IN_PARENTHESES = Pattern
		.compile("\\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)$");

	private static final String FIRST_LINE = "=== User Management System ===";

	private static final String LAST_LINE = "=== All operations completed successfully ===";

	@Autowired
	private RestTestClient client;

	@Test
	void printsTheSeedGuidesExpectedOutputStepByStep(CapturedOutput output) throws IOException {
		List<String> printed = demoLines(output.getAll());
		List<String> expected = expectedLines();
		assertThat(printed).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(withoutUuid(printed.get(i))).as("line %d", i + 1).isEqualTo(withoutUuid(expected.get(i)));
		}
		assertThat(createdIds(printed)).hasSize(3).doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
	}

	@Test
	void leavesTheTwoRemainingUsersServedByTheApi(CapturedOutput output) {
		List<String> ids = createdIds(demoLines(output.getAll()));
		List<Map<String, Object>> users = this.client.get().uri("/users").exchange().expectStatus().isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();
		assertThat(users).extracting(u -> u.get("id"), u -> u.get("name"), u -> u.get("role"), u -> u.get("active"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ids.get(0), "John A. Doe", "premium", true),
					org.assertj.core.groups.Tuple.tuple(ids.get(1), "Jane Smith", "admin", true));
		this.client.get().uri("/users/{id}", ids.get(2)).exchange().expectStatus().isNotFound();
	}

	/** The demo's lines, from its title to its last line, as printed once. */
	private static List<String> demoLines(String out) {
		List<String> lines = Arrays.asList(out.split("\\R", -1));
		int first = lines.indexOf(FIRST_LINE);
		int last = lines.indexOf(LAST_LINE);
		assertThat(first).as("demo title printed").isNotNegative();
		assertThat(last).as("demo end printed").isGreaterThan(first);
		assertThat(lines.lastIndexOf(FIRST_LINE)).as("demo printed once").isEqualTo(first);
		return lines.subList(first, last + 1);
	}

	private static List<String> expectedLines() throws IOException {
		String text = new ClassPathResource("expected-output.txt").getContentAsString(StandardCharsets.UTF_8);
		return Arrays.asList(text.strip().split("\\R", -1));
	}

	private static String withoutUuid(String line) {
		return UUID_IN_PARENTHESES.matcher(line).replaceFirst("(<uuid>)");
	}

	private static List<String> createdIds(List<String> lines) {
		return lines.stream().filter(line -> line.startsWith("Created: ")).map(line -> {
			Matcher matcher = UUID_IN_PARENTHESES.matcher(line);
			assertThat(matcher.find()).as("UUID in '%s'", line).isTrue();
			return matcher.group(1);
		}).toList();
	}
}

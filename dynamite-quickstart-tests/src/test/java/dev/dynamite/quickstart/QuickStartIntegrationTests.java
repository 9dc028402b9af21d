package dev.dynamite.quickstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Quick start, as a new user follows it: every code block that starts with a file name comment is
 * written to that file of a new app, which is then built and run with Maven (child processes) against the artifacts
 * this build installed. The app must print its results and exit by itself; a failed start-up must exit non-zero;
 * the packaged jar must not contain DynamoDB Local.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickStartIntegrationTests {

	private static final Pattern BLOCK = Pattern.compile("```(xml|yaml|java)\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern FILE_COMMENT = Pattern
		.compile("^(?:<!--|//|#)\\s*((?:pom\\.xml|src/[\\w./-]+))(?:\\s*-->|:.*)?\\s*$");

	private static final Duration EXIT_WITHIN = Duration.ofSeconds(30);

	private static Path app;

	@BeforeAll
	static void writeTheAppFromTheReadme() throws IOException {
		app = Path.of(System.getProperty("quickstart.work", "target/quickstart"));
		FileSystemUtils.deleteRecursively(app);
		String readme = Files.readString(Path.of(System.getProperty("quickstart.readme", "../README.md")));
		String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("Without Spring Boot:"));
		Matcher blocks = BLOCK.matcher(quickStart);
		List<String> written = new ArrayList<>();
		while (blocks.find()) {
			String block = blocks.group(2);
			String firstLine = block.lines().findFirst().orElse("");
			Matcher file = FILE_COMMENT.matcher(firstLine);
			if (!file.matches()) {
				continue;
			}
			Path target = app.resolve(file.group(1));
			Files.createDirectories(target.getParent());
			// the pom's XML declaration must come first: the file-name comment line is dropped there
			String content = blocks.group(1).equals("xml") ? block.substring(block.indexOf('\n') + 1) : block;
			Files.writeString(target, content, StandardCharsets.UTF_8);
			written.add(file.group(1));
		}
		assertThat(written).contains("pom.xml", "src/main/resources/application.yml",
				"src/main/java/com/example/demo/User.java", "src/main/java/com/example/demo/UserRepository.java",
				"src/main/java/com/example/demo/DemoApplication.java",
				"src/test/java/com/example/demo/TestDemoApplication.java");
	}

	@Test
	@Order(1)
	void testRunStartsTheEmbeddedDynamoDbLocalRunsTheDemoAndExits() throws Exception {
		Run run = maven("-q", "spring-boot:test-run");
		assertThat(run.output()).contains("Started embedded DynamoDB Local")
			.contains("customers: 2, premium: 2, oldest: John Doe, page: 1, by email: Jane Smith")
			.contains("users left: 1")
			.doesNotContain("NoSuchFieldError");
		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.afterLastLine()).as("time from the demo's last line to the JVM's exit").isLessThan(EXIT_WITHIN);
	}

	@Test
	@Order(2)
	void aStartUpThatFailsAfterTheEmbeddedServerStartedExitsNonZero() throws Exception {
		Run run = maven("-q", "spring-boot:test-run", "-Dspring-boot.run.arguments=--dynamite.sync=validate");
		assertThat(run.output()).contains("Started embedded DynamoDB Local").contains("APPLICATION FAILED TO START");
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.afterLastLine()).isLessThan(EXIT_WITHIN);
	}

	@Test
	@Order(3)
	void thePackagedAppHasNoDynamoDbLocalAndSaysItConnectsToAws() throws Exception {
		Run build = maven("-q", "package", "-DskipTests");
		assertThat(build.exitCode()).as(build.output()).isZero();
		Path jar = app.resolve("target/demo-0.0.1.jar");
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			assertThat(zip.stream().map(entry -> entry.getName()))
				.noneMatch(name -> name.contains("DynamoDBLocal") || name.contains("mockito") || name.contains("log4j-core"))
				.anyMatch(name -> name.contains("dynamite-core"));
		}
		ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--dynamite.region=eu-west-1", "--dynamite.api-call-timeout=5s");
		// no credentials anywhere: the start-up sync fails quickly, with the hint of what to set
		java.environment().keySet().removeIf(key -> key.startsWith("AWS_"));
		Run run = run(java);
		assertThat(run.output()).contains("Dynamite connects to AWS DynamoDB in region eu-west-1")
			.doesNotContain("Started embedded DynamoDB Local");
		assertThat(run.exitCode()).isNotZero();
		assertThat(run.afterLastLine()).isLessThan(EXIT_WITHIN);
	}

	private static Run maven(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(System.getProperty("quickstart.mvn", "mvn"));
		command.add("-B");
		// the local repository this build installed the artifacts into
		String repository = System.getProperty("quickstart.repository");
		if (repository != null && !repository.isBlank()) {
			command.add("-Dmaven.repo.local=" + repository);
		}
		command.addAll(List.of(arguments));
		return run(new ProcessBuilder(command));
	}

	private static Run run(ProcessBuilder builder) throws Exception {
		Path log = Files.createTempFile("quickstart", ".log");
		Process process = builder.directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long lastChange = System.nanoTime();
		long lastSize = -1;
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (process.isAlive() && System.nanoTime() < deadline) {
			long size = Files.size(log);
			if (size != lastSize) {
				lastSize = size;
				lastChange = System.nanoTime();
			}
			process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		if (process.isAlive()) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor();
		}
		Duration afterLastLine = Duration.ofNanos(System.nanoTime() - lastChange);
		String output = Files.readString(log);
		Files.deleteIfExists(log);
		return new Run(process.exitValue(), output, afterLastLine);
	}

	/** A finished child process: exit code, output, and how long it ran after its last output. */
	record Run(int exitCode, String output, Duration afterLastLine) {
	}
}

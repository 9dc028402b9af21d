package dev.dynamite.sample.aot;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.sample.SeedGuideOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT-processed sample app, started as {@code java -Dspring.aot.enabled=true} with only its runtime classpath
 * (no test classes, no embedded DynamoDB Local) against a DynamoDB Local on loopback, runs on the generated bean
 * definitions and prints the seed guide's expected output.
 */
class AotProcessedApplicationTests {

	private static final Path CLASSES = Path.of("target", "classes");

	private static final Path RUNTIME_CLASSPATH = Path.of("target", "runtime-classpath.txt");

	@Test
	void startsFromTheGeneratedContextAndPrintsTheSeedGuidesOutput() throws Exception {
		assertThat(CLASSES.resolve("dev/dynamite/sample/SampleApplication__ApplicationContextInitializer.class"))
			.as("spring-boot:process-aot ran before this test").exists();
		EmbeddedDynamoDbLocal dynamoDb = EmbeddedDynamoDbLocal.start(0);
		Process app = null;
		try {
			String classpath = CLASSES + File.pathSeparator + Files.readString(RUNTIME_CLASSPATH).strip();
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			app = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-cp", classpath,
					"dev.dynamite.sample.SampleApplication", "--server.port=0",
					"--dynamite.endpoint=" + dynamoDb.getEndpoint(), "--dynamite.region=us-east-1",
					"--dynamite.credentials.access-key-id=local", "--dynamite.credentials.secret-access-key=local")
				.redirectErrorStream(true)
				.start();
			String console = consoleUntilTheDemoEnds(app);
			assertThat(console).contains("Starting AOT-processed SampleApplication");
			SeedGuideOutput.assertPrintedOnce(console);
		}
		finally {
			if (app != null) {
				app.destroy();
				if (!app.waitFor(20, TimeUnit.SECONDS)) {
					app.destroyForcibly();
				}
			}
			dynamoDb.stop();
		}
	}

	/** The console from the start to the demo's last line (or to the end of the process, which then fails). */
	private static String consoleUntilTheDemoEnds(Process app) throws Exception {
		CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
			StringBuilder console = new StringBuilder();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					console.append(line).append('\n');
					if (line.equals(SeedGuideOutput.LAST_LINE)) {
						break;
					}
				}
			}
			catch (IOException ex) {
				console.append("[console read failed: ").append(ex).append(']');
			}
			return console.toString();
		});
		try {
			return read.get(120, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			app.destroyForcibly();
			return read.get(10, TimeUnit.SECONDS) + "[timed out after 120 s]";
		}
	}
}

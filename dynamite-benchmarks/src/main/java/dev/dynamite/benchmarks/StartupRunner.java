package dev.dynamite.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * How long the packaged sample app takes to be ready, as an operator starts it: {@code java -jar} against a DynamoDB
 * Local server on loopback (started here, in this JVM), counted from the process start to the first served
 * {@code GET /users} after the demo's last line. Variants, alternated round by round: the jar as built; the jar
 * extracted by Spring Boot's {@code -Djarmode=tools extract}; that with a class data sharing archive (made by one
 * training run with {@code -XX:ArchiveClassesAtExit}); each of those with {@code -Dspring.aot.enabled=true}. The
 * {@code users} table is deleted before every run, so each run creates it as a first start does.
 *
 * <p>Usage: {@code java -cp "$CP" dev.dynamite.benchmarks.StartupRunner <sample jar> [rounds] [variant,...]}.
 */
public final class StartupRunner {

	private static final String LAST_LINE = "=== All operations completed successfully ===";

	private StartupRunner() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Path work = Path.of("target", "startup").toAbsolutePath();
		try (LocalDatabase database = LocalDatabase.start(LocalDatabase.HTTP)) {
			String endpoint = database.endpoint().toString();
			List<String> appArgs = List.of("--server.port=0", "--dynamite.endpoint=" + endpoint,
					"--dynamite.region=us-east-1", "--dynamite.credentials.access-key-id=bench",
					"--dynamite.credentials.secret-access-key=bench", "--logging.level.root=INFO");
			Path extracted = extract(jar, work);
			Path archive = work.resolve("app.jsa");
			Path aotArchive = work.resolve("app-aot.jsa");
			train(extracted, archive, List.of(), appArgs, database.client());
			train(extracted, aotArchive, List.of("-Dspring.aot.enabled=true"), appArgs, database.client());
			Map<String, List<String>> variants = new LinkedHashMap<>();
			variants.put("java -jar", List.of("-jar", jar.toString()));
			variants.put("extracted", List.of("-jar", extracted.toString()));
			variants.put("extracted + CDS", List.of("-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()));
			variants.put("java -jar + AOT", List.of("-Dspring.aot.enabled=true", "-jar", jar.toString()));
			variants.put("extracted + CDS + AOT", List.of("-XX:SharedArchiveFile=" + aotArchive,
					"-Dspring.aot.enabled=true", "-jar", extracted.toString()));
			if (args.length > 2) {
				List<String> wanted = List.of(args[2].split(","));
				variants.keySet().removeIf(name -> !wanted.contains(name));
			}
			Map<String, List<Double>> seconds = new LinkedHashMap<>();
			variants.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
			// one warm-up run of each: the first JVM start on a machine reads the jars from disk
			for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
				readyAfter(variant.getValue(), appArgs, database.client());
			}
			for (int round = 0; round < rounds; round++) {
				for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
					double s = readyAfter(variant.getValue(), appArgs, database.client());
					seconds.get(variant.getKey()).add(s);
					System.out.printf("round %d  %-24s %.2f s%n", round + 1, variant.getKey(), s);
				}
			}
			System.out.println();
			System.out.println("| variant | ready after (median of " + rounds + ") | range |");
			System.out.println("|---|---|---|");
			seconds.forEach((name, values) -> System.out.printf("| %s | %.2f s | %.2f-%.2f s |%n", name,
					Medians.median(values.stream().mapToDouble(Double::doubleValue).toArray()), values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
					values.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
		}
	}

	private static Path extract(Path jar, Path work) throws Exception {
		Path destination = work.resolve("extracted");
		if (Files.exists(destination)) {
			try (var files = Files.walk(destination)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
		Files.createDirectories(work);
		Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", destination.toString()).inheritIO().start();
		if (extract.waitFor() != 0) {
			throw new IllegalStateException("jarmode=tools extract failed");
		}
		return destination.resolve(jar.getFileName());
	}

	/** A training run that writes the class data sharing archive and exits once the context is refreshed. */
	private static void train(Path extracted, Path archive, List<String> jvm, List<String> appArgs, DynamoDbClient client)
			throws Exception {
		dropUsers(client);
		List<String> command = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
				"-Dspring.context.exit=onRefresh"));
		command.addAll(jvm);
		command.addAll(List.of("-jar", extracted.toString()));
		command.addAll(appArgs);
		Process training = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!training.waitFor(120, TimeUnit.SECONDS) || training.exitValue() != 0 || !Files.exists(archive)) {
			training.destroyForcibly();
			throw new IllegalStateException("CDS training run failed for " + archive);
		}
	}

	/** Seconds from the process start to the first {@code GET /users} served after the demo's last line. */
	private static double readyAfter(List<String> launch, List<String> appArgs, DynamoDbClient client) throws Exception {
		dropUsers(client);
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(launch);
		command.addAll(appArgs);
		long start = System.nanoTime();
		Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
			Integer port = null;
			StringBuilder console = new StringBuilder();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				console.append(line).append('\n');
				int at = line.indexOf("Tomcat started on port ");
				if (at >= 0) {
					port = Integer.parseInt(line.substring(at + 23).replaceAll("\\D.*", ""));
				}
				if (line.equals(LAST_LINE)) {
					break;
				}
			}
			if (port == null) {
				throw new IllegalStateException("The app did not start:\n" + console);
			}
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> users = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/users"))
				.build(), HttpResponse.BodyHandlers.ofString());
			double seconds = (System.nanoTime() - start) / 1e9;
			if (users.statusCode() != 200 || !users.body().contains("Jane Smith")) {
				throw new IllegalStateException("GET /users answered " + users.statusCode() + ": " + users.body());
			}
			// drain the rest so that the process never blocks on a full pipe
			CompletableFuture.runAsync(() -> {
				try {
					while (lines.readLine() != null) {
						// discard
					}
				}
				catch (IOException ex) {
					// the process ended
				}
			});
			return seconds;
		}
		finally {
			app.destroy();
			if (!app.waitFor(20, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private static void dropUsers(DynamoDbClient client) {
		try {
			client.deleteTable(request -> request.tableName("users"));
		}
		catch (ResourceNotFoundException ex) {
			// not there yet
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}

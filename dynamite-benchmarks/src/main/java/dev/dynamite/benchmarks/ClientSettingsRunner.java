package dev.dynamite.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.dynamite.Dynamite;
import dev.dynamite.benchmarks.model.Customer;
import dev.dynamite.core.DynamiteOperations;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Issue 15, part 1: does the client the Spring Boot starter builds (Apache5 with its timeouts, and the SDK's
 * {@code apiCallTimeout}/{@code apiCallAttemptTimeout}) make a BatchGetItem of 50 keys slower than a plain client?
 * Over loopback HTTP to DynamoDB Local, alternating blocks: raw BatchGetItem and Dynamite's {@code findAllById} on a
 * plain client and on the Boot-like one; medians of the per-round ratios.
 * <p>
 * {@code java -cp ... dev.dynamite.benchmarks.ClientSettingsRunner [rounds] [block]}
 */
public final class ClientSettingsRunner {

	private ClientSettingsRunner() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int block = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		try (LocalDatabase database = LocalDatabase.start(LocalDatabase.HTTP)) {
			DynamoDbClient plain = database.client();
			DynamoDbClient boot = DynamoDbClient.builder()
				.endpointOverride(database.endpoint())
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
				.httpClientBuilder(Apache5HttpClient.builder()
					.connectionTimeout(Duration.ofSeconds(2))
					.socketTimeout(Duration.ofSeconds(30))
					.maxConnections(50))
				.overrideConfiguration((override) -> override.apiCallTimeout(Duration.ofSeconds(20))
					.apiCallAttemptTimeout(Duration.ofSeconds(5)))
				.build();
			Dynamite plainDynamite = Dynamite.builder().client(plain).tables(Customer.class).build();
			plainDynamite.sync();
			DynamiteOperations onPlain = plainDynamite.template();
			DynamiteOperations onBoot = Dynamite.builder().client(boot).tables(Customer.class).build().template();
			List<Customer> customers = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				Customer customer = new Customer();
				customer.setId("c" + i);
				customer.setName("customer " + i);
				customer.setEmail(i + "@example.com");
				customers.add(customer);
			}
			onPlain.saveAll(customers);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				ids.add("c" + (i * 19));
			}
			Map<String, Supplier<?>> variants = new java.util.LinkedHashMap<>();
			variants.put("raw, plain client", () -> rawBatchGet(plain, ids));
			variants.put("raw, Boot's client", () -> rawBatchGet(boot, ids));
			variants.put("Dynamite, plain client", () -> onPlain.findAllById(Customer.class, ids));
			variants.put("Dynamite, Boot's client", () -> onBoot.findAllById(Customer.class, ids));
			double[][] medians = new double[variants.size()][rounds];
			List<Supplier<?>> calls = new ArrayList<>(variants.values());
			for (int round = -3; round < rounds; round++) {
				for (int v = 0; v < calls.size(); v++) {
					int variant = (v + Math.max(round, 0)) % calls.size();
					long[] times = new long[block];
					for (int i = 0; i < block; i++) {
						long start = System.nanoTime();
						calls.get(variant).get();
						times[i] = System.nanoTime() - start;
					}
					if (round >= 0) {
						medians[variant][round] = Medians.median(times);
					}
				}
			}
			List<String> names = new ArrayList<>(variants.keySet());
			double[] rawRatio = new double[rounds];
			double[] dynamitePlain = new double[rounds];
			double[] dynamiteBoot = new double[rounds];
			for (int r = 0; r < rounds; r++) {
				rawRatio[r] = medians[1][r] / medians[0][r];
				dynamitePlain[r] = medians[2][r] / medians[0][r];
				dynamiteBoot[r] = medians[3][r] / medians[1][r];
			}
			for (int v = 0; v < names.size(); v++) {
				System.out.printf(Locale.ROOT, "%s: median %s%n", names.get(v), Medians.micros(Medians.median(medians[v])));
			}
			System.out.printf(Locale.ROOT, "raw: Boot's client / plain client %.3f%n", Medians.median(rawRatio));
			System.out.printf(Locale.ROOT, "Dynamite / raw on the plain client %.3f; on Boot's client %.3f%n",
					Medians.median(dynamitePlain), Medians.median(dynamiteBoot));
			boot.close();
		}
		System.exit(0);
	}

	private static int rawBatchGet(DynamoDbClient client, List<String> ids) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>(ids.size());
		for (String id : ids) {
			keys.add(Map.of("id", AttributeValue.fromS(id)));
		}
		Map<String, KeysAndAttributes> request = Map.of(PointBenchmarks.TABLE, KeysAndAttributes.builder().keys(keys).build());
		int items = 0;
		while (!request.isEmpty()) {
			var response = client.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build());
			items += response.responses().getOrDefault(PointBenchmarks.TABLE, List.of()).size();
			request = response.unprocessedKeys();
		}
		return items;
	}
}

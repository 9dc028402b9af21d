package dev.dynamite.benchmarks.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One JVM's half of the side-by-side comparison with the peer library: the same DynamoDB Local server (2.6.1,
 * in-process, on a loopback port), the same Apache5 client, the same 2,000 items and the same operations and call
 * counts for either library. The library's own Spring context is started by its side's main class on
 * {@link #client()}; {@link #run} appends one line per operation to the results file:
 * {@code library round operation median-ns requests-per-call items-read-per-call}.
 * <p>
 * The file is compiled into both sides (Dynamite on Spring Boot 4, the peer on Spring Boot 3.5), so nothing here may
 * name either library.
 */
public final class PeerWorkload implements AutoCloseable {

	/** The table both libraries use. */
	public static final String TABLE = "peer_customers";

	/** Items in the table before the writes. */
	public static final int ITEMS = 2_000;

	private final DynamoDBProxyServer server;

	private final RequestCounter counter = new RequestCounter();

	private final DynamoDbClient client;

	private final URI endpoint;

	private PeerWorkload(DynamoDBProxyServer server, URI endpoint) {
		this.server = server;
		this.endpoint = endpoint;
		this.client = DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.httpClientBuilder(Apache5HttpClient.builder().maxConnections(64).connectionTimeout(Duration.ofSeconds(5)))
			.overrideConfiguration((override) -> override.addExecutionInterceptor(this.counter))
			.build();
	}

	/** Starts DynamoDB Local, creates {@value #TABLE} and writes the items. */
	public static PeerWorkload start() {
		int port = freePort();
		DynamoDBProxyServer server;
		try {
			server = ServerRunner.createServerFromCommandLineArgs(
					new String[] { "-inMemory", "-disableTelemetry", "-port", String.valueOf(port) });
			server.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start DynamoDB Local on port " + port, ex);
		}
		PeerWorkload workload = new PeerWorkload(server, URI.create("http://127.0.0.1:" + port));
		workload.load();
		return workload;
	}

	/**
	 * The server's endpoint.
	 * @return the server's endpoint
	 */
	public URI endpoint() {
		return this.endpoint;
	}

	/** The client the library under test must use. */
	public DynamoDbClient client() {
		return this.client;
	}

	private void load() {
		this.client.createTable((table) -> table.tableName(TABLE)
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
			.attributeDefinitions(AttributeDefinition.builder()
				.attributeName("id")
				.attributeType(ScalarAttributeType.S)
				.build())
			.billingMode(BillingMode.PAY_PER_REQUEST));
		List<WriteRequest> batch = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(i)).build()).build());
			if (batch.size() == 25 || i == ITEMS - 1) {
				Map<String, List<WriteRequest>> request = Map.of(TABLE, batch);
				while (!request.isEmpty()) {
					request = this.client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(request).build())
						.unprocessedItems();
				}
				batch = new ArrayList<>();
			}
		}
	}

	private static Map<String, AttributeValue> item(int i) {
		return Map.of("id", AttributeValue.fromS("c" + i), "name", AttributeValue.fromS("customer " + i), "email",
				AttributeValue.fromS("c" + i + "@example.com"), "role",
				AttributeValue.fromS(role(i)), "age", AttributeValue.fromN(String.valueOf(age(i))));
	}

	private static String role(int i) {
		return i % 10 == 0 ? "admin" : "user";
	}

	private static int age(int i) {
		return 18 + i % 60;
	}

	/** Measures every operation on {@code library} and appends the results of this round to {@code results}. */
	public void run(PeerLibrary library, int round, Path results) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			ids.add("c" + (i * 37));
		}
		int[] next = { 0 };
		List<Operation> operations = new ArrayList<>();
		operations.add(new Operation("raw GetItem", 300, 1000, (i) -> rawGet("c" + (i * 7 % ITEMS))));
		operations.add(new Operation("findById", 300, 1000, (i) -> library.findById("c" + (i * 7 % ITEMS))));
		operations.add(new Operation("raw BatchGetItem 50 keys", 100, 300, (i) -> rawBatchGet(ids)));
		operations.add(new Operation("findAllById 50 ids", 100, 300, (i) -> check(library.findAllById(ids), 50)));
		operations.add(new Operation("findByRole (Scan + filter)", 5, 20, (i) -> check(library.findByRole("admin"), ITEMS / 10)));
		operations.add(new Operation("count", 5, 20, (i) -> check((int) library.count(), ITEMS)));
		operations.add(new Operation("Page pass, 20 pages of 100", 2, 5, (i) -> check(library.pagePass(100), ITEMS)));
		if (library.windowPass(100) >= 0) {
			operations.add(new Operation("Window pass, 20 windows of 100", 2, 5, (i) -> check(library.windowPass(100), ITEMS)));
		}
		operations.add(new Operation("save (existing item)", 300, 1000, (i) -> {
			int index = i * 11 % ITEMS;
			library.save("c" + index, "renamed " + i, role(index), age(index));
			return 1;
		}));
		operations.add(new Operation("saveAll 1,000 new items", 2, 5, (i) -> {
			library.saveAll("n" + (next[0]++) + "-", 1000);
			return 1000;
		}));
		// the reads are warmed up and measured before the writes (saveAll adds items); within each group every
		// operation is warmed up before any is measured, and raw and library calls of a pair alternate in blocks
		int firstWrite = operations.size() - 2;
		List<String> lines = new ArrayList<>();
		lines.addAll(warmUpAndMeasure(operations.subList(0, firstWrite), library.name(), round));
		lines.addAll(warmUpAndMeasure(operations.subList(firstWrite, operations.size()), library.name(), round));
		try {
			Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		lines.forEach(System.out::println);
	}

	private List<String> warmUpAndMeasure(List<Operation> operations, String library, int round) {
		for (Operation operation : operations) {
			long start = System.nanoTime();
			for (int i = 0; i < operation.warmup(); i++) {
				operation.call().applyAsLong(i);
			}
			System.err.printf(Locale.ROOT, "warm-up of %s: %d ms%n", operation.name(), (System.nanoTime() - start) / 1_000_000);
		}
		List<String> lines = new ArrayList<>();
		for (int o = 0; o < operations.size(); o++) {
			Operation operation = operations.get(o);
			if (operation.name().startsWith("raw ")) {
				Operation paired = operations.get(++o);
				Measured[] both = measurePair(operation, paired);
				lines.add(both[0].line(library, round, operation.name()));
				lines.add(both[1].line(library, round, paired.name()));
			}
			else {
				lines.add(measure(operation, operation.calls()).line(library, round, operation.name()));
			}
		}
		return lines;
	}

	private Measured[] measurePair(Operation raw, Operation library) {
		int blocks = 10;
		List<Measured> rawBlocks = new ArrayList<>();
		List<Measured> libraryBlocks = new ArrayList<>();
		for (int b = 0; b < blocks; b++) {
			rawBlocks.add(measure(raw, raw.calls() / blocks));
			libraryBlocks.add(measure(library, library.calls() / blocks));
		}
		return new Measured[] { Measured.merge(rawBlocks), Measured.merge(libraryBlocks) };
	}

	private Measured measure(Operation operation, int calls) {
		long requestsBefore = this.counter.requests();
		long itemsBefore = this.counter.itemsRead();
		long[] times = new long[calls];
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			operation.call().applyAsLong(operation.warmup() + i);
			times[i] = System.nanoTime() - start;
		}
		return new Measured(times, this.counter.requests() - requestsBefore, this.counter.itemsRead() - itemsBefore);
	}

	/** An operation of the workload: its name, warm-up calls, measured calls and the call (given its index). */
	private record Operation(String name, int warmup, int calls, ToLongFunction<Integer> call) {
	}

	/** The call times of one operation and the requests and items read over those calls. */
	private record Measured(long[] times, long requests, long items) {

		static Measured merge(List<Measured> blocks) {
			long[] times = blocks.stream().flatMapToLong((block) -> Arrays.stream(block.times())).toArray();
			return new Measured(times, blocks.stream().mapToLong(Measured::requests).sum(),
					blocks.stream().mapToLong(Measured::items).sum());
		}

		String line(String library, int round, String operation) {
			long[] sorted = this.times.clone();
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%.1f\t%.1f", library, round, operation,
					sorted[sorted.length / 2], this.requests / (double) sorted.length, this.items / (double) sorted.length);
		}
	}

	/**
	 * Fails unless {@code found == expected}: every measured call is checked.
	 * @param found the items found
	 * @param expected the items expected
	 * @return found
	 */
	public static int check(int found, int expected) {
		if (found != expected) {
			throw new IllegalStateException("Expected " + expected + " items, got " + found);
		}
		return found;
	}

	private int rawGet(String id) {
		return this.client.getItem((get) -> get.tableName(TABLE).key(Map.of("id", AttributeValue.fromS(id)))).hasItem()
				? 1 : 0;
	}

	/**
	 * A raw BatchGetItem of these ids (retrying unprocessed keys), as hand-written SDK code sends it.
	 * @param ids the ids
	 * @return the items found
	 */
	public int rawBatchGet(List<String> ids) {
		return rawBatchGet(this.client, ids);
	}

	/**
	 * A raw BatchGetItem of these ids on another client of the workload's server.
	 * @param client the client
	 * @param ids the ids
	 * @return the items found
	 */
	public static int rawBatchGet(DynamoDbClient client, List<String> ids) {
		List<Map<String, AttributeValue>> keys = new ArrayList<>(ids.size());
		for (String id : ids) {
			keys.add(Map.of("id", AttributeValue.fromS(id)));
		}
		Map<String, KeysAndAttributes> request = Map.of(TABLE, KeysAndAttributes.builder().keys(keys).build());
		int items = 0;
		while (!request.isEmpty()) {
			var response = client.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build());
			items += response.responses().getOrDefault(TABLE, List.of()).size();
			request = response.unprocessedKeys();
		}
		return check(items, ids.size());
	}

	@Override
	public void close() {
		this.client.close();
		try {
			this.server.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop DynamoDB Local", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port", ex);
		}
	}
}

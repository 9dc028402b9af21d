package dev.dynamite.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import dev.dynamite.Dynamite;
import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.benchmarks.model.Customer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The async path over loopback HTTP to DynamoDB Local, in one JVM:
 * <ol>
 * <li>the async template against the raw async SDK, one call at a time, in alternating blocks (the ratio is the median
 * of the per-round ratios of medians), for get and create;</li>
 * <li>throughput of the async template with 1, 8 and 64 requests in flight against the sync template with 1, 8 and
 * 64 threads, for get and create;</li>
 * <li>the async HTTP client: Netty NIO against AWS CRT, one call at a time and 64 in flight.</li>
 * </ol>
 * {@code java -cp ... dev.dynamite.benchmarks.AsyncRunner [rounds] [block] [seconds per throughput cell]}
 */
public final class AsyncRunner {

	private static final int CUSTOMERS = 1_000;

	private static volatile int sink;

	private static final AtomicLong created = new AtomicLong();

	private AsyncRunner() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int block = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		try (LocalDatabase database = LocalDatabase.start(LocalDatabase.HTTP)) {
			URI endpoint = database.client().serviceClientConfiguration().endpointOverride().orElseThrow();
			DynamoDbAsyncClient netty = asyncClient(endpoint, NettyNioAsyncHttpClient.builder().maxConcurrency(128).build());
			DynamoDbAsyncClient crt = asyncClient(endpoint, AwsCrtAsyncHttpClient.builder().maxConcurrency(128).build());
			Dynamite dynamite = Dynamite.builder().client(database.client()).asyncClient(netty).tables(Customer.class).build();
			dynamite.sync();
			List<Customer> customers = new ArrayList<>();
			for (int i = 0; i < CUSTOMERS; i++) {
				customers.add(new Customer("c" + i, "Customer " + i, "c" + i + "@example.com"));
			}
			dynamite.template().saveAll(customers);
			DynamiteOperations sync = dynamite.template();
			AsyncDynamiteOperations async = dynamite.asyncTemplate();
			AsyncDynamiteOperations asyncCrt = Dynamite.builder().client(database.client()).asyncClient(crt)
				.tables(Customer.class).build().asyncTemplate();

			// warm every path (and DynamoDB Local itself) before anything is timed
			long warmUpEnd = System.nanoTime() + 20_000_000_000L;
			while (System.nanoTime() < warmUpEnd) {
				for (int i = 0; i < 50; i++) {
					sink += sync.findById(Customer.class, randomId()).hashCode();
					async.findById(Customer.class, randomId()).join();
					asyncCrt.findById(Customer.class, randomId()).join();
					rawGet(netty, randomId()).join();
					async.create(fresh("w")).join();
					rawCreate(netty, fresh("w")).join();
				}
			}

			System.out.println("## Async template / raw async SDK (Netty), one call at a time");
			System.out.println("| operation | Dynamite async median | raw async median | Dynamite / raw |");
			System.out.println("|---|---|---|---|");
			paired("get", rounds, block, i -> async.findById(Customer.class, "c" + (i % CUSTOMERS)),
					i -> rawGet(netty, "c" + (i % CUSTOMERS)));
			paired("create", rounds, block, i -> async.create(fresh("d")), i -> rawCreate(netty, fresh("r")));

			System.out.println();
			System.out.println("## Throughput (ops/s): async template with N in flight vs sync template with N threads");
			System.out.println("| operation | N | sync ops/s | async ops/s | async / sync |");
			System.out.println("|---|---|---|---|---|");
			double[] sync8 = new double[2];
			double[] async64 = new double[2];
			int op = 0;
			for (String name : List.of("get", "create")) {
				for (int n : new int[] { 1, 8, 64 }) {
					Runnable syncCall = name.equals("get") ? () -> sink += sync.findById(Customer.class, randomId()).hashCode()
							: () -> sink += sync.create(fresh("s")).hashCode();
					Supplier<CompletableFuture<?>> asyncCall = name.equals("get")
							? () -> async.findById(Customer.class, randomId()) : () -> async.create(fresh("a"));
					double s = syncThroughput(syncCall, n, seconds);
					double a = asyncThroughput(asyncCall, n, seconds);
					if (n == 8) {
						sync8[op] = s;
					}
					if (n == 64) {
						async64[op] = a;
					}
					System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |%n", name, n, s, a, a / s);
				}
				op++;
			}
			System.out.printf(Locale.ROOT, "%nasync at 64 in flight / sync with 8 threads: get %.2f, create %.2f%n",
					async64[0] / sync8[0], async64[1] / sync8[1]);

			System.out.println();
			System.out.println("## Async HTTP client: Netty NIO vs AWS CRT (async template get)");
			System.out.println("| measure | Netty | CRT | Netty / CRT |");
			System.out.println("|---|---|---|---|");
			double[] latency = pairedMedians(rounds, block, i -> async.findById(Customer.class, "c" + (i % CUSTOMERS)),
					i -> asyncCrt.findById(Customer.class, "c" + (i % CUSTOMERS)));
			System.out.printf(Locale.ROOT, "| median latency, 1 in flight | %s | %s | %.3f |%n", Medians.micros(latency[0]),
					Medians.micros(latency[1]), latency[2]);
			double nettyOps = asyncThroughput(() -> async.findById(Customer.class, randomId()), 64, seconds);
			double crtOps = asyncThroughput(() -> asyncCrt.findById(Customer.class, randomId()), 64, seconds);
			System.out.printf(Locale.ROOT, "| ops/s, 64 in flight | %.0f | %.0f | %.2f |%n", nettyOps, crtOps, nettyOps / crtOps);
			double nettyOne = asyncThroughput(() -> async.findById(Customer.class, randomId()), 1, seconds);
			double crtOne = asyncThroughput(() -> asyncCrt.findById(Customer.class, randomId()), 1, seconds);
			System.out.printf(Locale.ROOT, "| ops/s, 1 in flight | %.0f | %.0f | %.2f |%n", nettyOne, crtOne, nettyOne / crtOne);
			netty.close();
			crt.close();
		}
		System.exit(0);
	}

	private static DynamoDbAsyncClient asyncClient(URI endpoint, SdkAsyncHttpClient http) {
		return DynamoDbAsyncClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.httpClient(http)
			.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(30)))
			.build();
	}

	private static String randomId() {
		return "c" + java.util.concurrent.ThreadLocalRandom.current().nextInt(CUSTOMERS);
	}

	private static Customer fresh(String prefix) {
		long n = created.incrementAndGet();
		return new Customer(prefix + n, "New " + n, prefix + n + "@example.com");
	}

	private static CompletableFuture<Customer> rawGet(DynamoDbAsyncClient client, String id) {
		return client.getItem(GetItemRequest.builder().tableName(PointBenchmarks.TABLE)
			.key(Map.of("id", AttributeValue.fromS(id))).build()).thenApply(r -> RawMapping.customer(r.item()));
	}

	private static CompletableFuture<Customer> rawCreate(DynamoDbAsyncClient client, Customer customer) {
		String now = RawMapping.now();
		customer.setTier("bronze");
		customer.setActive(true);
		customer.setCreatedAt(now);
		customer.setUpdatedAt(now);
		return client.putItem(PutItemRequest.builder().tableName(PointBenchmarks.TABLE).item(RawMapping.customerItem(customer))
			.conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", "id")).build())
			.thenApply(r -> customer);
	}

	private static void paired(String op, int rounds, int block, IntFunction<CompletableFuture<?>> dynamite,
			IntFunction<CompletableFuture<?>> raw) {
		double[] result = pairedMedians(rounds, block, dynamite, raw);
		System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f |%n", op, Medians.micros(result[0]), Medians.micros(result[1]), result[2]);
	}

	/** Medians of both variants and the median of the per-round ratios (first / second). */
	private static double[] pairedMedians(int rounds, int block, IntFunction<CompletableFuture<?>> first,
			IntFunction<CompletableFuture<?>> second) {
		long warmUpEnd = System.nanoTime() + 6_000_000_000L;
		long[] sample = new long[block];
		while (System.nanoTime() < warmUpEnd) {
			time(first, block, sample);
			time(second, block, sample);
		}
		long[][] all = new long[2][rounds * block];
		double[] ratios = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			double[] medians = new double[2];
			for (int i = 0; i < 2; i++) {
				int v = (round + i) % 2;
				time(v == 0 ? first : second, block, sample);
				System.arraycopy(sample, 0, all[v], round * block, block);
				medians[v] = Medians.median(sample);
			}
			ratios[round] = medians[0] / medians[1];
		}
		return new double[] { Medians.median(all[0]), Medians.median(all[1]), Medians.median(ratios) };
	}

	private static void time(IntFunction<CompletableFuture<?>> call, int calls, long[] nanos) {
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			Object result = call.apply(i).join();
			nanos[i] = System.nanoTime() - start;
			sink += System.identityHashCode(result);
		}
	}

	private static double syncThroughput(Runnable call, int threads, int seconds) throws InterruptedException {
		// warm-up, then a timed window
		runThreads(call, threads, 1);
		return runThreads(call, threads, seconds) / (double) seconds;
	}

	private static long runThreads(Runnable call, int threads, int seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < end) {
					call.run();
					done.incrementAndGet();
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return done.get();
	}

	private static double asyncThroughput(Supplier<CompletableFuture<?>> call, int inFlight, int seconds)
			throws InterruptedException {
		runInFlight(call, inFlight, 1);
		return runInFlight(call, inFlight, seconds) / (double) seconds;
	}

	/** Keeps {@code inFlight} calls outstanding from one thread until the time is up; counts those completed. */
	private static long runInFlight(Supplier<CompletableFuture<?>> call, int inFlight, int seconds)
			throws InterruptedException {
		Semaphore slots = new Semaphore(inFlight);
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			slots.acquire();
			call.get().whenComplete((result, failure) -> {
				if (failure == null) {
					done.incrementAndGet();
				}
				slots.release();
			});
		}
		slots.acquire(inFlight);
		return done.get();
	}


}

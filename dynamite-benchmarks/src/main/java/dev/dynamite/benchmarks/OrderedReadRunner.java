package dev.dynamite.benchmarks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.dynamite.Dynamite;
import dev.dynamite.benchmarks.model.Visit;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What {@code @CreatedAt(indexed = true)} buys and costs, on in-process DynamoDB Local:
 * <ul>
 * <li>{@code first()} on 1,000, 10,000 and 100,000 visits of about 1.1 KB, without the index (a Scan of the table and an
 * in-memory sort) and with it (a Query reading 2 items): median of the calls;</li>
 * <li>the write cost of the index: {@code create} on each table against a raw {@code PutItem} of the same item on the
 * same table, alternating in blocks, as the median of the per-round ratios.</li>
 * </ul>
 * {@code java -cp ... dev.dynamite.benchmarks.OrderedReadRunner [sizes...]} (default 1000 10000 100000).
 */
public final class OrderedReadRunner {

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String PAYLOAD = "x".repeat(1000);

	private OrderedReadRunner() {
	}

	public static void main(String[] args) {
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			sizes.add(Integer.parseInt(arg));
		}
		if (sizes.isEmpty()) {
			sizes = List.of(1_000, 10_000, 100_000);
		}
		System.out.println("| visits | first() without the index | first() with it | ratio |");
		System.out.println("|---|---|---|---|");
		for (int size : sizes) {
			try (LocalDatabase database = LocalDatabase.start(LocalDatabase.EMBEDDED)) {
				Dynamite dynamite = Dynamite.builder().client(database.client())
					.tables(Visit.Plain.class, Visit.Indexed.class).build();
				dynamite.sync();
				DynamiteOperations template = dynamite.template();
				seed(template, size);
				int plainCalls = Math.max(5, 2_000_000 / size / 10);
				double plain = median(() -> template.first(Visit.Plain.class, Filter.all()), plainCalls);
				double indexed = median(() -> template.first(Visit.Indexed.class, Filter.all()), 2_000);
				System.out.printf(Locale.ROOT, "| %,d | %s | %s | %.0fx |%n", size, Medians.micros(plain),
						Medians.micros(indexed), plain / indexed);
			}
		}
		writeCost();
		// DynamoDB Local leaves non-daemon threads behind
		System.exit(0);
	}

	private static void seed(DynamiteOperations template, int size) {
		List<Object> visits = new ArrayList<>(2 * size);
		for (int i = 0; i < size; i++) {
			visits.add(visit(new Visit.Plain(), i));
			visits.add(visit(new Visit.Indexed(), i));
		}
		template.saveAll(visits);
	}

	private static Visit.Base visit(Visit.Base visit, int i) {
		visit.setId(UUID.randomUUID().toString());
		visit.setRole(i % 10 == 0 ? "admin" : "customer");
		visit.setPayload(PAYLOAD);
		return visit;
	}

	private static double median(Supplier<?> call, int calls) {
		for (int i = 0; i < Math.min(calls, 50); i++) {
			call.get();
		}
		long[] times = new long[calls];
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			call.get();
			times[i] = System.nanoTime() - start;
		}
		return Medians.median(times);
	}

	/** create on each table against a raw PutItem of the same item, alternating blocks of 200 calls, 30 rounds. */
	private static void writeCost() {
		try (LocalDatabase database = LocalDatabase.start(LocalDatabase.EMBEDDED)) {
			DynamoDbClient client = database.client();
			Dynamite dynamite = Dynamite.builder().client(client).tables(Visit.Plain.class, Visit.Indexed.class).build();
			dynamite.sync();
			DynamiteOperations template = dynamite.template();
			int rounds = 30;
			int block = 200;
			double[][] ratios = new double[3][rounds];
			long[][] blocks = new long[4][rounds];
			for (int round = 0; round < rounds + 3; round++) {
				long plainCreate = time(block, () -> template.create(visit(new Visit.Plain(), 1)));
				long plainRaw = time(block, () -> client.putItem((r) -> r.tableName("bench_plain_visits")
					.item(rawItem(null)).conditionExpression("attribute_not_exists(id)")));
				long indexedCreate = time(block, () -> template.create(visit(new Visit.Indexed(), 1)));
				long indexedRaw = time(block, () -> client.putItem((r) -> r.tableName("bench_indexed_visits")
					.item(rawItem("0")).conditionExpression("attribute_not_exists(id)")));
				if (round >= 3) {
					int r = round - 3;
					ratios[0][r] = (double) indexedCreate / indexedRaw;
					ratios[1][r] = (double) plainCreate / plainRaw;
					ratios[2][r] = (double) indexedRaw / plainRaw;
					blocks[0][r] = plainCreate / block;
					blocks[1][r] = plainRaw / block;
					blocks[2][r] = indexedCreate / block;
					blocks[3][r] = indexedRaw / block;
				}
			}
			System.out.printf(Locale.ROOT, "%ncreate, median per call: plain %s (raw PutItem %s), indexed %s (raw PutItem %s)%n",
					Medians.micros(Medians.median(blocks[0])), Medians.micros(Medians.median(blocks[1])),
					Medians.micros(Medians.median(blocks[2])), Medians.micros(Medians.median(blocks[3])));
			System.out.printf(Locale.ROOT, "median per-round ratios: Dynamite/raw on the indexed table %.3f, on the plain "
					+ "table %.3f; the index's own cost (raw indexed / raw plain) %.3f%n", Medians.median(ratios[0]),
					Medians.median(ratios[1]), Medians.median(ratios[2]));
		}
	}

	/** The item a raw PutItem writes: what Dynamite writes, by hand (with the shard attribute on the indexed table). */
	private static Map<String, AttributeValue> rawItem(@org.jspecify.annotations.Nullable String shard) {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("id", AttributeValue.fromS(UUID.randomUUID().toString()));
		item.put("role", AttributeValue.fromS("customer"));
		item.put("payload", AttributeValue.fromS(PAYLOAD));
		item.put("createdAt", AttributeValue.fromS(ISO.format(Instant.now())));
		if (shard != null) {
			item.put("dynamite_created_1", AttributeValue.fromS(shard));
		}
		return item;
	}

	private static long time(int calls, Runnable call) {
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			call.run();
		}
		return System.nanoTime() - start;
	}
}

package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.dynamite.Dynamite;
import dev.dynamite.benchmarks.model.SyncModel;
import dev.dynamite.core.schema.SyncMode;

/**
 * Times {@code sync()} of ten tables (four with a GSI) on a fresh in-memory DynamoDB Local: creating them, then
 * validating them again (what every later application start does). Also times starting DynamoDB Local itself.
 * Prints the median and the range of {@code rounds} rounds (default 5) per transport.
 * <p>
 * {@code java -cp ... dev.dynamite.benchmarks.SyncTiming [rounds]}
 */
public final class SyncTiming {

	private SyncTiming() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		for (String transport : List.of(LocalDatabase.EMBEDDED, LocalDatabase.HTTP)) {
			List<Double> starts = new ArrayList<>();
			List<Double> creates = new ArrayList<>();
			List<Double> validates = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				long t0 = System.nanoTime();
				try (LocalDatabase database = LocalDatabase.start(transport)) {
					database.client().listTables();
					long t1 = System.nanoTime();
					Dynamite dynamite = Dynamite.builder().client(database.client())
						.tables(SyncModel.TABLES.toArray(Class<?>[]::new)).build();
					dynamite.sync(SyncMode.CREATE);
					long t2 = System.nanoTime();
					dynamite.sync(SyncMode.VALIDATE);
					long t3 = System.nanoTime();
					starts.add((t1 - t0) / 1e6);
					creates.add((t2 - t1) / 1e6);
					validates.add((t3 - t2) / 1e6);
				}
			}
			System.out.printf(Locale.ROOT, "%s: DynamoDB Local start %s; sync() creating 10 tables %s; sync() validating them %s%n",
					transport, summary(starts), summary(creates), summary(validates));
		}
		// DynamoDB Local leaves non-daemon threads behind
		System.exit(0);
	}

	private static String summary(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "median %.0f ms (%.0f-%.0f, %d rounds)", sorted.get(sorted.size() / 2),
				sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
	}
}

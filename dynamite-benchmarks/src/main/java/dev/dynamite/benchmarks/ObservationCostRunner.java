package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.dynamite.Dynamite;
import dev.dynamite.benchmarks.model.Customer;
import dev.dynamite.core.BatchRetryPolicy;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTemplate;
import dev.dynamite.core.observation.RequestObservations;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * What observing each request costs: {@code findById} on a template without observations against one whose every
 * request is a {@code dynamite.requests} timer in a {@link SimpleMeterRegistry}, in alternating blocks in one JVM
 * (in-process DynamoDB Local, so the client side is as visible as it gets). The ratio is the median of the per-round
 * ratios of medians. {@code java -cp ... dev.dynamite.benchmarks.ObservationCostRunner [rounds] [block]}
 */
public final class ObservationCostRunner {

	private static volatile int sink;

	private ObservationCostRunner() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
		int block = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		try (LocalDatabase database = LocalDatabase.start(LocalDatabase.EMBEDDED)) {
			Dynamite dynamite = Dynamite.builder().client(database.client()).tables(Customer.class).build();
			dynamite.sync();
			List<Customer> customers = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				customers.add(new Customer("c" + i, "Customer " + i, "c" + i + "@example.com"));
			}
			dynamite.template().saveAll(customers);
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			ObservationRegistry observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters,
					DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
			DynamiteOperations plain = dynamite.template();
			DynamiteOperations observed = new DynamiteTemplate(database.client(), plain.getConverter(),
					BatchRetryPolicy.DEFAULT, DynamiteTemplate.DEFAULT_BATCH_PARALLELISM, RequestObservations.of(observations));
			DynamiteOperations[] variants = { observed, plain };
			long[] sample = new long[block];
			long warmUpEnd = System.nanoTime() + 10_000_000_000L;
			while (System.nanoTime() < warmUpEnd) {
				for (DynamiteOperations variant : variants) {
					time(variant, block, sample);
				}
			}
			long[][] all = new long[2][rounds * block];
			double[] ratios = new double[rounds];
			for (int round = 0; round < rounds; round++) {
				double[] medians = new double[2];
				for (int i = 0; i < 2; i++) {
					int v = (round + i) % 2;
					time(variants[v], block, sample);
					System.arraycopy(sample, 0, all[v], round * block, block);
					medians[v] = Medians.median(sample);
				}
				ratios[round] = medians[0] / medians[1];
			}
			Arrays.sort(ratios);
			System.out.printf(Locale.ROOT, "| get | %.0f us | %.0f us | %.3f | %d timed requests |%n", Medians.median(all[0]) / 1e3,
					Medians.median(all[1]) / 1e3, ratios[rounds / 2],
					meters.find("dynamite.requests").timer() == null ? 0 : meters.find("dynamite.requests").timer().count());
		}
		System.exit(0);
	}

	private static void time(DynamiteOperations template, int calls, long[] nanos) {
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			Object result = template.findById(Customer.class, "c" + (i % 1_000));
			nanos[i] = System.nanoTime() - start;
			sink += System.identityHashCode(result);
		}
	}
}

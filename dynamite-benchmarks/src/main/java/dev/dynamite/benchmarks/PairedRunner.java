package dev.dynamite.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A check of the Dynamite / raw SDK ratio that holds up on a shared, noisy machine: the JMH suite measures each
 * variant in its own time window, so load from other processes can land on one variant only. Here the variants of
 * one operation run in the same JVM in alternating blocks (Dynamite, raw, enhanced, rotated every round), and the
 * ratio is the median of the per-round ratios of medians.
 * <p>
 * It calls the very benchmark methods of {@link PointBenchmarks} and {@link ReadBenchmarks}.
 * {@code java -cp ... dev.dynamite.benchmarks.PairedRunner [embedded|http] [rounds] [block] [operation regex]}
 */
public final class PairedRunner {

	private static final String[] VARIANTS = { "Dynamite", "Raw", "Enhanced" };

	private static volatile int sink;

	private PairedRunner() {
	}

	public static void main(String[] args) throws Throwable {
		String transport = args.length > 0 ? args[0] : LocalDatabase.EMBEDDED;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		int block = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		String only = args.length > 3 ? args[3] : ".*";
		Map<DatabaseState, List<String>> suites = new LinkedHashMap<>();
		suites.put(new PointBenchmarks(), List.of("get", "create", "save", "update", "findAllById"));
		suites.put(new ReadBenchmarks(), List.of("query", "gsiQuery", "first", "whereFilter"));
		System.out.printf(Locale.ROOT, "Paired run (%s): %d rounds of %d calls per variant, variants alternating%n%n",
				transport, rounds, block);
		System.out.println("| operation | Dynamite median | raw SDK median | enhanced median | Dynamite / raw | Dynamite / enhanced |");
		System.out.println("|---|---|---|---|---|---|");
		for (Map.Entry<DatabaseState, List<String>> suite : suites.entrySet()) {
			DatabaseState state = suite.getKey();
			List<String> ops = suite.getValue().stream().filter(op -> op.matches(only)).toList();
			if (ops.isEmpty()) {
				continue;
			}
			state.transport = transport;
			state.start();
			try {
				for (String op : ops) {
					run(state, op, op.equals("whereFilter") ? Math.max(1, rounds / 3) : rounds,
							op.equals("whereFilter") ? Math.max(1, block / 10) : block);
				}
			}
			finally {
				state.stop();
			}
		}
		// DynamoDB Local leaves non-daemon threads behind
		System.exit(0);
	}

	private static void run(DatabaseState state, String op, int rounds, int block) throws Throwable {
		MethodHandle[] handles = new MethodHandle[VARIANTS.length];
		for (int v = 0; v < VARIANTS.length; v++) {
			handles[v] = handle(state, op + VARIANTS[v]);
		}
		// warm-up: 3 s per variant in alternating chunks, so that every path is JIT-compiled before timing
		long[] scratch = new long[block];
		long warmUpEnd = System.nanoTime() + 3L * VARIANTS.length * 1_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			for (MethodHandle handle : handles) {
				time(handle, block, scratch);
			}
		}
		long[][] all = new long[VARIANTS.length][rounds * block];
		double[][] roundRatios = new double[2][rounds];
		long[] sample = new long[block];
		for (int round = 0; round < rounds; round++) {
			double[] roundMedians = new double[VARIANTS.length];
			for (int i = 0; i < VARIANTS.length; i++) {
				int v = (round + i) % VARIANTS.length;
				time(handles[v], block, sample);
				System.arraycopy(sample, 0, all[v], round * block, block);
				roundMedians[v] = Medians.median(sample);
			}
			roundRatios[0][round] = roundMedians[0] / roundMedians[1];
			roundRatios[1][round] = roundMedians[0] / roundMedians[2];
		}
		System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f |%n", op, Medians.micros(Medians.median(all[0])),
				Medians.micros(Medians.median(all[1])), Medians.micros(Medians.median(all[2])), Medians.median(roundRatios[0]), Medians.median(roundRatios[1]));
	}

	private static MethodHandle handle(Object target, String name) throws ReflectiveOperationException {
		java.lang.reflect.Method method = target.getClass().getMethod(name);
		return MethodHandles.publicLookup().unreflect(method).bindTo(target)
			.asType(MethodType.methodType(Object.class));
	}

	private static void time(MethodHandle handle, int calls, long[] nanos) throws Throwable {
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			@Nullable Object result = handle.invokeExact();
			nanos[i] = System.nanoTime() - start;
			sink += System.identityHashCode(result);
		}
	}


}

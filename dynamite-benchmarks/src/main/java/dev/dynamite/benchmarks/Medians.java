package dev.dynamite.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** The statistics the paired runners report: medians, and durations as text. */
final class Medians {

	private Medians() {
	}

	static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** Nanoseconds as {@code 123 us} or {@code 4.56 ms}. */
	static String micros(double nanos) {
		return nanos >= 1_000_000 ? String.format(Locale.ROOT, "%.2f ms", nanos / 1e6)
				: String.format(Locale.ROOT, "%.0f us", nanos / 1e3);
	}
}

package dev.dynamite.benchmarks.peer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.context.ConfigurableApplicationContext;

import dev.dynamite.core.DynamiteOperations;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Issue 15, part 1: {@code findAllById(50 ids)} in a Spring Boot application ({@link DynamiteSide}'s, on
 * {@link PeerWorkload}'s server, client and data) against a raw BatchGetItem of the same keys on the same client, and
 * the template call without the repository proxy; the variants alternate in blocks, rotated every round, and each
 * ratio is the median of the per-round ratios of medians.
 * <p>
 * With {@code starter-client}, the starter builds the client from {@code dynamite.endpoint} (its Apache5 settings and
 * timeouts), and the raw calls use that client too.
 * <p>
 * {@code java -cp ... dev.dynamite.benchmarks.peer.BootBatchGetRunner [rounds] [block] [starter-client]}
 */
public final class BootBatchGetRunner {

	private BootBatchGetRunner() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int block = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		boolean starterClient = args.length > 2 && args[2].equals("starter-client");
		int status = 1;
		try (PeerWorkload workload = PeerWorkload.start();
				ConfigurableApplicationContext context = starterClient ? StarterClientApplication.start(workload)
						: DynamiteSide.start(workload)) {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			System.out.println("client: " + (starterClient ? "the starter's, from dynamite.endpoint" : "the workload's bean"));
			PeerCustomerRepository repository = context.getBean(PeerCustomerRepository.class);
			DynamiteOperations template = context.getBean(DynamiteOperations.class);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				ids.add("c" + (i * 37));
			}
			Map<String, IntSupplier> variants = new LinkedHashMap<>();
			variants.put("raw BatchGetItem", () -> PeerWorkload.rawBatchGet(client, ids));
			variants.put("repository.findAllById", () -> PeerWorkload.check(repository.findAllById(ids).size(), 50));
			variants.put("template.findAllById", () -> PeerWorkload.check(template.findAllById(PeerCustomer.class, ids).size(), 50));
			List<IntSupplier> calls = new ArrayList<>(variants.values());
			double[][] medians = new double[calls.size()][rounds];
			for (int round = -5; round < rounds; round++) {
				for (int v = 0; v < calls.size(); v++) {
					int variant = (v + Math.max(round, 0)) % calls.size();
					long[] times = new long[block];
					for (int i = 0; i < block; i++) {
						long start = System.nanoTime();
						calls.get(variant).getAsInt();
						times[i] = System.nanoTime() - start;
					}
					if (round >= 0) {
						java.util.Arrays.sort(times);
						medians[variant][round] = times[block / 2];
					}
				}
			}
			List<String> names = new ArrayList<>(variants.keySet());
			for (int v = 0; v < names.size(); v++) {
				double[] ratios = new double[rounds];
				for (int r = 0; r < rounds; r++) {
					ratios[r] = medians[v][r] / medians[0][r];
				}
				System.out.printf(Locale.ROOT, "%s: median %.0f us, / raw %.3f%n", names.get(v), median(medians[v]) / 1e3,
						median(ratios));
			}
			status = 0;
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
		}
		System.exit(status);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}

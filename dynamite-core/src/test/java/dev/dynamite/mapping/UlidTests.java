package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ULIDs: format, time prefix, monotonic order within the process, uniqueness across threads. */
class UlidTests {

	private final Ulid ulid = new Ulid();

	@Test
	void anIdIs26CrockfordCharactersStartingWithTheTime() {
		long before = System.currentTimeMillis();
		String id = this.ulid.generate();
		long after = System.currentTimeMillis();

		assertThat(id).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
		long time = 0;
		for (char c : id.substring(0, 10).toCharArray()) {
			time = time * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c);
		}
		assertThat(time).isBetween(before, after);
	}

	@Test
	void idsOfOneProcessAreStrictlyIncreasing() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(this.ulid.generate());
		}
		for (int i = 1; i < ids.size(); i++) {
			assertThat(ids.get(i).compareTo(ids.get(i - 1))).as("id %d after id %d", i, i - 1).isPositive();
		}
	}

	@Test
	void idsMadeOnSeveralThreadsAreUnique() {
		Set<String> ids = ConcurrentHashMap.newKeySet();
		IntStream.range(0, 8).parallel().forEach((thread) -> {
			Ulid generator = new Ulid();
			for (int i = 0; i < 20_000; i++) {
				ids.add(generator.generate());
			}
		});
		assertThat(ids).hasSize(160_000);
	}

	@Test
	void theRandomPartVaries() {
		Set<String> randomParts = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			randomParts.add(this.ulid.generate().substring(10, 20));
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(randomParts.size()).isGreaterThan(40);
	}
}

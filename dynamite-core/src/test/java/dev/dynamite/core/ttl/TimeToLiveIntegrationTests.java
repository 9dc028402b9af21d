package dev.dynamite.core.ttl;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SchemaMismatchException;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.IndexProjection;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import dev.dynamite.mapping.Ttl;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @Ttl}: sync turns Time to Live on, and reads leave out the items whose time has passed but that DynamoDB has
 * not deleted yet. DynamoDB Local deletes expired items within about a second once Time to Live is on, so the read
 * tests use a table where it is off: the items stay, as they do on DynamoDB for up to days.
 */
class TimeToLiveIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final DynamoDbClient client = LocalDynamoDb.client(recorder);

	private static final String prefix = LocalDynamoDb.uniquePrefix("ttl");

	private static final Instant past = Instant.now().minus(1, ChronoUnit.HOURS);

	private static final Instant future = Instant.now().plus(1, ChronoUnit.HOURS);

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	/** Which leases are live: not expired (a future time, or none). */
	private static final List<String> live = new ArrayList<>();

	@BeforeAll
	static void start() {
		// the table, created through an entity without @Ttl: Time to Live stays off, so expired items stay
		try (Dynamite creator = Dynamite.builder().client(client).tablePrefix(prefix).tables(LeaseTable.class).build()) {
			creator.sync();
		}
		dynamite = Dynamite.builder().client(client).tablePrefix(prefix).tables(Lease.class).build();
		template = dynamite.template();
		List<Lease> leases = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			Instant expires = switch (i % 3) {
				case 0 -> past;
				case 1 -> future;
				default -> null;
			};
			Lease lease = new Lease("o" + (i % 4), "n%02d".formatted(i), expires, "k" + (i % 2), "z" + (i % 5));
			leases.add(lease);
			if (expires != past) {
				live.add(lease.getOwner() + "/" + lease.getName());
			}
		}
		template.saveAll(leases);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	private static List<String> ids(List<Lease> leases) {
		return leases.stream().map((l) -> l.getOwner() + "/" + l.getName()).toList();
	}

	private static List<String> live(java.util.function.Predicate<String> filter) {
		return live.stream().filter(filter).toList();
	}

	@Test
	void theExpiredItemsAreStillInTheTable() {
		assertThat(client.scan((r) -> r.tableName(prefix + "leases")).count()).isEqualTo(60);
	}

	@Test
	void theTimeToLiveIsStoredAsEpochSeconds() {
		Map<String, AttributeValue> item = client.getItem((r) -> r.tableName(prefix + "leases")
			.key(Map.of("owner", AttributeValue.fromS("o1"), "name", AttributeValue.fromS("n01")))).item();
		assertThat(item.get("expires").n()).isEqualTo(Long.toString(future.getEpochSecond()));
		assertThat(template.findById(Lease.class, Key.of("o1", "n01")).orElseThrow().getExpires())
			.isEqualTo(future.truncatedTo(ChronoUnit.SECONDS));
	}

	@Test
	void scansAndCountsLeaveOutExpiredItems() {
		assertThat(ids(template.where(Lease.class, Filter.all()))).containsExactlyInAnyOrderElementsOf(live);
		assertThat(template.count(Lease.class, Filter.all())).isEqualTo(40);
		assertThat(template.where(Lease.class, Filter.all(), QueryOptions.builder().limit(7).build())).hasSize(7)
			.allSatisfy((l) -> assertThat(live).contains(l.getOwner() + "/" + l.getName()));
	}

	@Test
	void queriesOnTheTableAndOnAnIndexLeaveOutExpiredItemsAndStillReachTheLimit() {
		assertThat(ids(template.where(Lease.class, Filter.where("owner", "o2")))).containsExactlyElementsOf(
				live((id) -> id.startsWith("o2/")));
		assertThat(ids(template.where(Lease.class, Filter.where("owner", "o0"), QueryOptions.builder().limit(4).build())))
			.containsExactlyElementsOf(live((id) -> id.startsWith("o0/")).subList(0, 4));
		assertThat(template.count(Lease.class, Filter.where("owner", "o3")))
			.isEqualTo(live((id) -> id.startsWith("o3/")).size());
		assertThat(template.where(Lease.class, Filter.where("zone", "z1"))).hasSize(8);
		assertThat(template.count(Lease.class, Filter.where("zone", "z1"))).isEqualTo(8);
	}

	@Test
	void keyLookupsAndFetchedIndexReadsLeaveOutExpiredItems() {
		assertThat(template.findById(Lease.class, Key.of("o0", "n00"))).isEmpty();
		assertThat(template.findById(Lease.class, Key.of("o1", "n01"))).isPresent();
		assertThat(template.findAllById(Lease.class, List.of(Key.of("o0", "n00"), Key.of("o1", "n01"), Key.of("o2", "n02"))))
			.extracting(Lease::getName)
			.containsExactlyInAnyOrder("n01", "n02");
		assertThat(template.count(Lease.class, Filter.where("owner", "o0").and("name", "n00"))).isZero();
		List<Lease> kind = template.where(Lease.class, Filter.where("kind", "k1"));
		assertThat(ids(kind)).containsExactlyInAnyOrderElementsOf(live((id) -> Integer.parseInt(id.substring(4)) % 2 == 1));
		assertThat(template.count(Lease.class, Filter.where("kind", "k1"))).isEqualTo(kind.size());
		assertThat(template.where(Lease.class, Filter.where("kind", "k0"), QueryOptions.builder().limit(5).build()))
			.hasSize(5)
			.allSatisfy((l) -> assertThat(l.getExpires()).isNotEqualTo(past.truncatedTo(ChronoUnit.SECONDS)));
	}

	@Test
	void firstAndExistsSkipExpiredItems() {
		// n00 (o0) is expired: the first live lease of o0 is n04
		assertThat(template.first(Lease.class, Filter.where("owner", "o0"))).map(Lease::getName).contains("n04");
		assertThat(template.where(Lease.class, Filter.where("owner", "o0").and("name", "n00"))).isEmpty();
	}

	@Test
	void syncTurnsTimeToLiveOnAndValidateChecksIt() {
		String other = LocalDynamoDb.uniquePrefix("ttlsync");
		try (Dynamite fresh = Dynamite.builder().client(client).tablePrefix(other).tables(Lease.class).build()) {
			assertThatExceptionOfType(SchemaMismatchException.class)
				.isThrownBy(() -> {
					try (Dynamite plain = Dynamite.builder().client(client).tablePrefix(other).tables(LeaseTable.class).build()) {
						plain.sync();
					}
					fresh.sync(SyncMode.VALIDATE);
				})
				.withMessageContaining("Time to Live")
				.withMessageContaining("'expires'")
				.withMessageContaining("dynamite.sync=create");
			assertThat(fresh.sync(SyncMode.CREATE)).extracting(SchemaChange::action)
				.containsExactly(SchemaChange.Action.ENABLED_TTL);
			TimeToLiveDescription ttl = client.describeTimeToLive((r) -> r.tableName(other + "leases"))
				.timeToLiveDescription();
			assertThat(ttl.attributeName()).isEqualTo("expires");
			assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
			assertThat(fresh.sync(SyncMode.VALIDATE)).extracting(SchemaChange::action)
				.containsExactly(SchemaChange.Action.UNCHANGED);
			try (Dynamite moved = Dynamite.builder().client(client).tablePrefix(other).tables(MovedTtl.class).build()) {
				assertThatExceptionOfType(SchemaMismatchException.class).isThrownBy(moved::sync)
					.withMessageContaining("Time to Live on attribute 'expires'")
					.withMessageContaining("'ends'");
			}
		}
	}

	/** The leases table without @Ttl. */
	@DynamiteTable("leases")
	static class LeaseTable {
		@PrimaryKey String owner;
		@SortKey String name;
		@GlobalIndex(name = "by_kind", projection = IndexProjection.KEYS_ONLY) String kind;
		@GlobalIndex(name = "by_zone") String zone;
	}

	/** The leases table with its Time to Live on another attribute. */
	@DynamiteTable("leases")
	static class MovedTtl {
		@PrimaryKey String owner;
		@SortKey String name;
		@Ttl Long ends;
		@GlobalIndex(name = "by_kind", projection = IndexProjection.KEYS_ONLY) String kind;
		@GlobalIndex(name = "by_zone") String zone;
	}
}

package dev.dynamite.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.support.WindowIterator;

import dev.dynamite.core.plan.ItemSize;
import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Parcel;
import dev.dynamite.core.model.ParcelRepository;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table well over 5 MB (5,000 items of about 1.2 KB, so every full read spans several 1 MB pages): where, count,
 * Page, Slice, Window, Stream and keyset scrolling see every matching item exactly once; delete(filter) deletes
 * exactly the matches. The table is seeded once for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeTableIntegrationTests {

	private static final int ITEMS = 5_000;

	/** Every fifth item is "rare", the rest "common". */
	private static final int RARE = ITEMS / 5;

	private static final int COMMON = ITEMS - RARE;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static ParcelRepository parcels;

	private static String table;

	@BeforeAll
	static void seed() {
		String prefix = LocalDynamoDb.uniquePrefix("large");
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(prefix)
			.tables(Parcel.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
		parcels = dynamite.repository(ParcelRepository.class);
		table = prefix + "parcels";
		String padding = "x".repeat(1_200);
		List<Parcel> all = new ArrayList<>(ITEMS);
		for (int i = 0; i < ITEMS; i++) {
			all.add(new Parcel("p" + i, i % 5 == 0 ? "rare" : "common", i, padding));
		}
		template.saveAll(all);
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@Test
	@Order(1)
	void theTableIsWellOverFiveMegabytes() {
		long bytes = ItemSize.of(template.getConverter().write(new Parcel("p0", "common", 0, "x".repeat(1_200)))) * ITEMS;
		assertThat(bytes).isGreaterThan(6_000_000L);
		recorder.clear();
		assertThat(template.count(Parcel.class, Filter.all())).isEqualTo(ITEMS);
		// a full scan needs several 1 MB pages
		assertThat(recorder.requests(ScanRequest.class)).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	@Order(2)
	void whereAndCountSeeEveryMatchOnce() {
		recorder.clear();
		assertExactlyOnce(template.where(Parcel.class, Filter.all()), Parcel::getId, ITEMS, "all");
		assertThat(recorder.requests(ScanRequest.class).stream().filter(ScanRequest::hasExclusiveStartKey)).hasSizeGreaterThanOrEqualTo(5);
		assertExactlyOnce(template.where(Parcel.class, Filter.where("grp", "rare")), Parcel::getId, RARE, "rare");
		assertThat(template.count(Parcel.class, Filter.where("grp", "rare"))).isEqualTo(RARE);
		assertThat(template.count(Parcel.class, Filter.where("n").ge(ITEMS - 10))).isEqualTo(10);
		assertThat(template.where(Parcel.class, Filter.where("grp", "common"), QueryOptions.builder().skip(3_990).build()))
			.hasSize(COMMON - 3_990);
	}

	@Test
	@Order(3)
	void pagesSeeEveryMatchOnce() {
		List<Parcel> seen = new ArrayList<>();
		Pageable pageable = PageRequest.of(0, 1_000);
		Page<Parcel> page;
		do {
			page = parcels.findByGrp("common", pageable);
			assertThat(page.getTotalElements()).isEqualTo(COMMON);
			seen.addAll(page.getContent());
			pageable = page.nextPageable();
		}
		while (page.hasNext());
		assertExactlyOnce(seen, Parcel::getId, COMMON, "common");
		Page<Parcel> crud = parcels.findAll(PageRequest.of(2, 2_000));
		assertThat(crud.getContent()).hasSize(ITEMS - 4_000);
		assertThat(crud.getTotalElements()).isEqualTo(ITEMS);
	}

	@Test
	@Order(4)
	void slicesAndWindowsSeeEveryMatchOnce() {
		List<Parcel> sliced = new ArrayList<>();
		Pageable pageable = PageRequest.of(0, 1_500);
		Slice<Parcel> slice;
		do {
			slice = parcels.findSliceByGrp("common", pageable);
			sliced.addAll(slice.getContent());
			pageable = slice.nextPageable();
		}
		while (slice.hasNext());
		assertExactlyOnce(sliced, Parcel::getId, COMMON, "common");

		List<Parcel> windowed = new ArrayList<>();
		WindowIterator.of(position -> parcels.findFirst500ByGrp("common", position))
			.startingAt(ScrollPosition.keyset())
			.forEachRemaining(windowed::add);
		assertExactlyOnce(windowed, Parcel::getId, COMMON, "common");
	}

	@Test
	@Order(5)
	void streamsAndKeysetScrollingSeeEveryMatchOnce() {
		try (Stream<Parcel> stream = template.stream(Parcel.class, Filter.all(), QueryOptions.none())) {
			assertExactlyOnce(stream.toList(), Parcel::getId, ITEMS, "all");
		}
		try (Stream<Parcel> stream = template.stream(Parcel.class, Filter.where("grp", "rare"), QueryOptions.none())) {
			assertExactlyOnce(stream.toList(), Parcel::getId, RARE, "rare");
		}
		List<Parcel> scrolled = new ArrayList<>();
		Map<String, Object> position = null;
		do {
			KeysetPage<Parcel> page = template.scroll(Parcel.class, Filter.where("grp", "rare"),
					QueryOptions.builder().limit(300).build(), position);
			scrolled.addAll(page.content());
			position = page.nextKey();
		}
		while (position != null);
		assertExactlyOnce(scrolled, Parcel::getId, RARE, "rare");
	}

	@Test
	@Order(6)
	void deleteByFilterDeletesExactlyTheMatches() {
		assertThat(template.delete(Parcel.class, Filter.where("grp", "rare"))).isEqualTo(RARE);
		assertThat(template.count(Parcel.class, Filter.where("grp", "rare"))).isZero();
		assertThat(template.count(Parcel.class, Filter.all())).isEqualTo(COMMON);
		assertThat(template.delete(Parcel.class, Filter.all())).isEqualTo(COMMON);
		assertThat(template.count(Parcel.class, Filter.all())).isZero();
	}

	private static <T> void assertExactlyOnce(List<T> items, Function<T, String> id, int expected, String grp) {
		List<String> ids = items.stream().map(id).toList();
		assertThat(ids).as(grp).hasSize(expected).doesNotHaveDuplicates();
		Set<String> wanted = new HashSet<>();
		for (int i = 0; i < ITEMS; i++) {
			boolean rare = i % 5 == 0;
			if ("all".equals(grp) || (rare == "rare".equals(grp))) {
				wanted.add("p" + i);
			}
		}
		assertThat(new HashSet<>(ids)).as(grp).isEqualTo(wanted);
	}
}

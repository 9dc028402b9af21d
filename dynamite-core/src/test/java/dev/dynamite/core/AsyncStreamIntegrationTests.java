package dev.dynamite.core;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Parcel;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import reactor.test.StepVerifier;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncStreamIntegrationTests {

	private static final int ITEMS = 3_000;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static AsyncDynamiteOperations async;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("asyncstream", List.of(recorder), Parcel.class);
		List<Parcel> parcels = new ArrayList<>(ITEMS);
		for (int i = 0; i < ITEMS; i++) {
			// about 1.1 KB each: the table spans four 1 MB Scan pages
			parcels.add(new Parcel("p" + i, "g" + (i % 3), i, "x".repeat(1_100)));
		}
		dynamite.template().saveAll(parcels);
		async = dynamite.asyncTemplate();
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		dynamite.client().close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	@Test
	void aPageIsFetchedOnlyWhenTheDemandNeedsIt() {
		StepVerifier.create(async.stream(Parcel.class, Filter.all(), QueryOptions.none()), 10)
			.expectNextCount(10)
			.then(() -> assertThat(recorder.requests(ScanRequest.class)).as("pages read for 10 items").hasSize(1))
			.thenCancel()
			.verify();
		assertThat(recorder.requests(ScanRequest.class)).hasSize(1);
	}

	@Test
	void demandBeyondAPageFetchesTheNextPagesInOrder() {
		StepVerifier.create(async.stream(Parcel.class, Filter.all(), QueryOptions.none()), 0)
			.then(() -> assertThat(recorder.requests()).as("nothing before demand").isEmpty())
			.thenRequest(1)
			.expectNextCount(1)
			.thenRequest(ITEMS)
			.expectNextCount(ITEMS - 1)
			.verifyComplete();
		assertThat(recorder.requests(ScanRequest.class)).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void skipAndLimitApplyAndReadingStopsAtTheLimit() {
		StepVerifier.create(async.stream(Parcel.class, Filter.where("grp", "g1"), QueryOptions.builder().skip(5).limit(20).build()))
			.expectNextCount(20)
			.verifyComplete();
		assertThat(recorder.requests(ScanRequest.class)).hasSize(1);
	}

	@Test
	void aBadFilterIsAnErrorSignalWithNoRequest() {
		StepVerifier.create(async.stream(Parcel.class, Filter.where("missing", 1), QueryOptions.none()))
			.expectError(IllegalArgumentException.class)
			.verify();
		assertThat(recorder.requests()).isEmpty();
	}
}

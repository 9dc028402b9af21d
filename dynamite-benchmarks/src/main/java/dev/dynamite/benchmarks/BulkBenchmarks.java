package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import dev.dynamite.benchmarks.model.Event;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * saveAll of 1,000 and of 10,000 events (about 150 bytes each): Dynamite's bounded parallel BatchWriteItem
 * requests against a naive sequential loop of BatchWriteItem requests (raw SDK and enhanced client). Each
 * invocation writes the same keys again (puts replace).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djmh.shutdownTimeout=1") // DynamoDB Local leaves non-daemon threads
public class BulkBenchmarks extends DatabaseState {

	static final String TABLE = "bench_events";

	private final List<Event> thousand = events("thousand", 1_000);

	private final List<Event> tenThousand = events("ten-thousand", 10_000);

	private DynamoDbTable<Event> table;

	@Override
	protected void seed() {
		this.table = this.enhanced.table(TABLE, TableSchema.fromBean(Event.class));
	}

	static List<Event> events(String stream, int count) {
		List<Event> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			events.add(new Event(stream, i, i % 3 == 0 ? "debit" : "credit", i * 7L,
					"payload of event " + i + " in stream " + stream + ", padded to about a hundred bytes ........"));
		}
		return events;
	}

	// saveAll of 1,000

	@Benchmark
	public List<Event> saveAll1kDynamite() {
		return this.template.saveAll(this.thousand);
	}

	@Benchmark
	public List<Event> saveAll1kRaw() {
		return rawSaveAll(this.thousand);
	}

	@Benchmark
	public List<Event> saveAll1kEnhanced() {
		SequentialBatches.put(this.enhanced, this.table, this.thousand);
		return this.thousand;
	}

	// saveAll of 10,000

	@Benchmark
	public List<Event> saveAll10kDynamite() {
		return this.template.saveAll(this.tenThousand);
	}

	@Benchmark
	public List<Event> saveAll10kRaw() {
		return rawSaveAll(this.tenThousand);
	}

	@Benchmark
	public List<Event> saveAll10kEnhanced() {
		SequentialBatches.put(this.enhanced, this.table, this.tenThousand);
		return this.tenThousand;
	}

	private List<Event> rawSaveAll(List<Event> events) {
		List<WriteRequest> requests = new ArrayList<>(events.size());
		for (Event event : events) {
			requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(RawMapping.eventItem(event)).build()).build());
		}
		SequentialBatches.write(this.client, TABLE, requests);
		return events;
	}
}

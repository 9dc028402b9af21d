package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import dev.dynamite.benchmarks.model.Event;
import dev.dynamite.core.Filter;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * delete(filter) of 1,000 items (one partition): read the keys with a Query, delete them with BatchWriteItem.
 * The 1,000 items are written again before every invocation (not timed).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djmh.shutdownTimeout=1") // DynamoDB Local leaves non-daemon threads
public class DeleteBenchmarks extends DatabaseState {

	static final String STREAM = "doomed";

	private final List<Event> events = BulkBenchmarks.events(STREAM, 1_000);

	private DynamoDbTable<Event> table;

	@Override
	protected void seed() {
		this.table = this.enhanced.table(BulkBenchmarks.TABLE, TableSchema.fromBean(Event.class));
	}

	@Setup(Level.Invocation)
	public void refill() {
		this.template.saveAll(this.events);
	}

	@Benchmark
	public long deleteDynamite() {
		return this.template.delete(Event.class, Filter.where("stream", STREAM));
	}

	@Benchmark
	public long deleteRaw() {
		List<WriteRequest> deletes = new ArrayList<>();
		QueryRequest request = QueryRequest.builder().tableName(BulkBenchmarks.TABLE).keyConditionExpression("#s = :s")
			.projectionExpression("#s, #q").expressionAttributeNames(Map.of("#s", "stream", "#q", "seq"))
			.expressionAttributeValues(Map.of(":s", AttributeValue.fromS(STREAM))).build();
		while (true) {
			QueryResponse response = this.client.query(request);
			for (Map<String, AttributeValue> key : response.items()) {
				deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
			}
			if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
				break;
			}
			request = request.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
		}
		SequentialBatches.write(this.client, BulkBenchmarks.TABLE, deletes);
		return deletes.size();
	}

	@Benchmark
	public long deleteEnhanced() {
		List<Event> keys = this.table.query(QueryEnhancedRequest.builder()
			.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(STREAM).build()))
			.attributesToProject("stream", "seq").build()).items().stream().toList();
		SequentialBatches.delete(this.enhanced, this.table, keys);
		return keys.size();
	}
}

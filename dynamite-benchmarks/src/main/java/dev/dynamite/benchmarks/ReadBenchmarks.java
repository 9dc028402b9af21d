package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import dev.dynamite.benchmarks.model.Order;
import dev.dynamite.core.Filter;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Reads on a table of 1,000 orders (100 customers with 10 orders each, 100 statuses of 10 orders each): query by
 * partition key (10 items), GSI query (10 items), where() with a filter over all 1,000 items (a Scan matching
 * 100), and first() on a Query path.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djmh.shutdownTimeout=1") // DynamoDB Local leaves non-daemon threads
public class ReadBenchmarks extends DatabaseState {

	static final String TABLE = "bench_orders";

	static final int CUSTOMERS = 100;

	static final int ORDERS_EACH = 10;

	static final long TOTAL_BELOW = 100;

	private DynamoDbTable<Order> table;

	private int cursor;

	@Override
	protected void seed() {
		List<Order> orders = new ArrayList<>(CUSTOMERS * ORDERS_EACH);
		for (int i = 0; i < CUSTOMERS * ORDERS_EACH; i++) {
			orders.add(new Order("k" + (i / ORDERS_EACH), i % ORDERS_EACH, "s" + (i % CUSTOMERS), i, "order " + i));
		}
		this.template.saveAll(orders);
		this.table = this.enhanced.table(TABLE, TableSchema.fromBean(Order.class));
	}

	private String nextCustomer() {
		return "k" + (this.cursor++ & Integer.MAX_VALUE) % CUSTOMERS;
	}

	private String nextStatus() {
		return "s" + (this.cursor++ & Integer.MAX_VALUE) % CUSTOMERS;
	}

	// query by partition key: 10 items

	@Benchmark
	public List<Order> queryDynamite() {
		return this.template.where(Order.class, Filter.where("customer", nextCustomer()));
	}

	@Benchmark
	public List<Order> queryRaw() {
		return rawQuery(QueryRequest.builder().tableName(TABLE).keyConditionExpression("#c = :c")
			.expressionAttributeNames(Map.of("#c", "customer"))
			.expressionAttributeValues(Map.of(":c", AttributeValue.fromS(nextCustomer()))).build());
	}

	@Benchmark
	public List<Order> queryEnhanced() {
		return this.table.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(nextCustomer()).build()))
			.items().stream().toList();
	}

	// query on the GSI: 10 items

	@Benchmark
	public List<Order> gsiQueryDynamite() {
		return this.template.where(Order.class, Filter.where("status", nextStatus()));
	}

	@Benchmark
	public List<Order> gsiQueryRaw() {
		return rawQuery(QueryRequest.builder().tableName(TABLE).indexName(Order.BY_STATUS).keyConditionExpression("#s = :s")
			.expressionAttributeNames(Map.of("#s", "status"))
			.expressionAttributeValues(Map.of(":s", AttributeValue.fromS(nextStatus()))).build());
	}

	@Benchmark
	public List<Order> gsiQueryEnhanced() {
		List<Order> result = new ArrayList<>();
		for (Page<Order> page : this.table.index(Order.BY_STATUS)
			.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(nextStatus()).build()))) {
			result.addAll(page.items());
		}
		return result;
	}

	// where() with a filter over 1,000 items: Scan + FilterExpression, 100 matches

	@Benchmark
	public List<Order> whereFilterDynamite() {
		return this.template.where(Order.class, Filter.where("total").lt(TOTAL_BELOW));
	}

	@Benchmark
	public List<Order> whereFilterRaw() {
		List<Order> result = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		do {
			ScanResponse response = this.client.scan(ScanRequest.builder().tableName(TABLE).filterExpression("#t < :t")
				.expressionAttributeNames(Map.of("#t", "total"))
				.expressionAttributeValues(Map.of(":t", AttributeValue.fromN(Long.toString(TOTAL_BELOW))))
				.exclusiveStartKey(start).build());
			for (Map<String, AttributeValue> item : response.items()) {
				result.add(RawMapping.order(item));
			}
			start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
		}
		while (start != null);
		return result;
	}

	@Benchmark
	public List<Order> whereFilterEnhanced() {
		return this.table.scan(ScanEnhancedRequest.builder().filterExpression(Expression.builder().expression("#t < :t")
			.putExpressionName("#t", "total").putExpressionValue(":t", AttributeValue.fromN(Long.toString(TOTAL_BELOW)))
			.build()).build()).items().stream().toList();
	}

	// first() on a Query path: Limit 1

	@Benchmark
	public Optional<Order> firstDynamite() {
		return this.template.first(Order.class, Filter.where("customer", nextCustomer()));
	}

	@Benchmark
	public Optional<Order> firstRaw() {
		QueryResponse response = this.client.query(QueryRequest.builder().tableName(TABLE).keyConditionExpression("#c = :c")
			.expressionAttributeNames(Map.of("#c", "customer"))
			.expressionAttributeValues(Map.of(":c", AttributeValue.fromS(nextCustomer()))).limit(1).build());
		return response.items().stream().findFirst().map(RawMapping::order);
	}

	@Benchmark
	public Optional<Order> firstEnhanced() {
		return this.table.query(QueryEnhancedRequest.builder()
			.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(nextCustomer()).build()))
			.limit(1).build()).items().stream().findFirst();
	}

	private List<Order> rawQuery(QueryRequest first) {
		List<Order> result = new ArrayList<>();
		QueryRequest request = first;
		while (true) {
			QueryResponse response = this.client.query(request);
			for (Map<String, AttributeValue> item : response.items()) {
				result.add(RawMapping.order(item));
			}
			if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
				return result;
			}
			request = request.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
		}
	}
}

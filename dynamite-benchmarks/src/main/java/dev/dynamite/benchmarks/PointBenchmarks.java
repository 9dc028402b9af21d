package dev.dynamite.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
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

import dev.dynamite.benchmarks.model.Customer;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Single-item operations on a table of 1,000 customers: get by key, create (conditional put), save (upsert),
 * update of two fields (returning the new item), and findAllById of 50 ids (one BatchGetItem).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djmh.shutdownTimeout=1") // DynamoDB Local leaves non-daemon threads
public class PointBenchmarks extends DatabaseState {

	static final String TABLE = "bench_customers";

	static final int CUSTOMERS = 1_000;

	static final int IDS = 50;

	private final List<Customer> customers = new ArrayList<>(CUSTOMERS);

	private DynamoDbTable<Customer> table;

	private int cursor;

	private long created;

	@Override
	protected void seed() {
		for (int i = 0; i < CUSTOMERS; i++) {
			this.customers.add(new Customer("c" + i, "Customer " + i, "c" + i + "@example.com"));
		}
		this.template.saveAll(this.customers);
		this.table = this.enhanced.table(TABLE, TableSchema.fromBean(Customer.class));
	}

	private Customer next() {
		return this.customers.get((this.cursor++ & Integer.MAX_VALUE) % CUSTOMERS);
	}

	private List<String> nextIds() {
		int from = (this.cursor++ & Integer.MAX_VALUE) % (CUSTOMERS / IDS) * IDS;
		List<String> ids = new ArrayList<>(IDS);
		for (int i = from; i < from + IDS; i++) {
			ids.add("c" + i);
		}
		return ids;
	}

	private Customer fresh(String prefix) {
		long n = ++this.created;
		return new Customer(prefix + n, "New " + n, prefix + n + "@example.com");
	}

	// get by key

	@Benchmark
	public Optional<Customer> getDynamite() {
		return this.template.findById(Customer.class, next().getId());
	}

	@Benchmark
	public Customer getRaw() {
		Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(next().getId()));
		return RawMapping.customer(this.client.getItem(GetItemRequest.builder().tableName(TABLE).key(key).build()).item());
	}

	@Benchmark
	public Customer getEnhanced() {
		return this.table.getItem(Key.builder().partitionValue(next().getId()).build());
	}

	// create: defaults, timestamps, put conditional on the key not existing

	@Benchmark
	public Customer createDynamite() {
		return this.template.create(fresh("d"));
	}

	@Benchmark
	public Customer createRaw() {
		Customer customer = prepareNew(fresh("r"));
		this.client.putItem(PutItemRequest.builder().tableName(TABLE).item(RawMapping.customerItem(customer))
			.conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", "id")).build());
		return customer;
	}

	@Benchmark
	public Customer createEnhanced() {
		Customer customer = prepareNew(fresh("e"));
		this.table.putItem(PutItemEnhancedRequest.builder(Customer.class).item(customer)
			.conditionExpression(Expression.builder().expression("attribute_not_exists(#k)")
				.putExpressionName("#k", "id").build())
			.build());
		return customer;
	}

	private static Customer prepareNew(Customer customer) {
		String now = RawMapping.now();
		if (customer.getTier() == null) {
			customer.setTier("bronze");
		}
		if (customer.getActive() == null) {
			customer.setActive(true);
		}
		customer.setCreatedAt(now);
		customer.setUpdatedAt(now);
		return customer;
	}

	// save: upsert of an existing customer with @UpdatedAt refreshed

	@Benchmark
	public Customer saveDynamite() {
		Customer customer = next();
		customer.setVisits(this.cursor);
		return this.template.save(customer);
	}

	@Benchmark
	public Customer saveRaw() {
		Customer customer = next();
		customer.setVisits(this.cursor);
		customer.setUpdatedAt(RawMapping.now());
		this.client.putItem(PutItemRequest.builder().tableName(TABLE).item(RawMapping.customerItem(customer)).build());
		return customer;
	}

	@Benchmark
	public Customer saveEnhanced() {
		Customer customer = next();
		customer.setVisits(this.cursor);
		customer.setUpdatedAt(RawMapping.now());
		this.table.putItem(customer);
		return customer;
	}

	// update of two fields: UpdateItem SET name, visits (+ updatedAt) if the item exists, returning the new item

	@Benchmark
	public Customer updateDynamite() {
		Customer customer = next();
		return this.template.update(customer, Map.of("name", "Renamed " + this.cursor, "visits", this.cursor));
	}

	@Benchmark
	public Customer updateRaw() {
		Customer customer = next();
		Map<String, String> names = new HashMap<>(8);
		names.put("#k", "id");
		names.put("#n", "name");
		names.put("#v", "visits");
		names.put("#u", "updatedAt");
		Map<String, AttributeValue> values = new HashMap<>(8);
		values.put(":n", AttributeValue.fromS("Renamed " + this.cursor));
		values.put(":v", AttributeValue.fromN(Integer.toString(this.cursor)));
		values.put(":u", AttributeValue.fromS(RawMapping.now()));
		return RawMapping.customer(this.client.updateItem(UpdateItemRequest.builder().tableName(TABLE)
			.key(Map.of("id", AttributeValue.fromS(customer.getId())))
			.updateExpression("SET #n = :n, #v = :v, #u = :u").conditionExpression("attribute_exists(#k)")
			.expressionAttributeNames(names).expressionAttributeValues(values).returnValues(ReturnValue.ALL_NEW)
			.build()).attributes());
	}

	@Benchmark
	public Customer updateEnhanced() {
		Customer changes = new Customer();
		changes.setId(next().getId());
		changes.setName("Renamed " + this.cursor);
		changes.setVisits(this.cursor);
		changes.setUpdatedAt(RawMapping.now());
		return this.table.updateItem(UpdateItemEnhancedRequest.builder(Customer.class).item(changes).ignoreNulls(true)
			.conditionExpression(Expression.builder().expression("attribute_exists(#k)").putExpressionName("#k", "id").build())
			.build());
	}

	// findAllById of 50 ids: one BatchGetItem

	@Benchmark
	public List<Customer> findAllByIdDynamite() {
		return this.template.findAllById(Customer.class, nextIds());
	}

	@Benchmark
	public List<Customer> findAllByIdRaw() {
		List<Map<String, AttributeValue>> keys = new ArrayList<>(IDS);
		for (String id : nextIds()) {
			keys.add(Map.of("id", AttributeValue.fromS(id)));
		}
		List<Customer> result = new ArrayList<>(IDS);
		Map<String, KeysAndAttributes> request = Map.of(TABLE, KeysAndAttributes.builder().keys(keys).build());
		while (!request.isEmpty()) {
			BatchGetItemResponse response = this.client.batchGetItem(BatchGetItemRequest.builder().requestItems(request).build());
			for (Map<String, AttributeValue> item : response.responses().getOrDefault(TABLE, List.of())) {
				result.add(RawMapping.customer(item));
			}
			request = response.unprocessedKeys();
		}
		return result;
	}

	@Benchmark
	public List<Customer> findAllByIdEnhanced() {
		ReadBatch.Builder<Customer> batch = ReadBatch.builder(Customer.class).mappedTableResource(this.table);
		for (String id : nextIds()) {
			batch.addGetItem(Key.builder().partitionValue(id).build());
		}
		List<Customer> result = new ArrayList<>(IDS);
		for (BatchGetResultPage page : this.enhanced.batchGetItem(r -> r.readBatches(batch.build()))) {
			result.addAll(page.resultsForTable(this.table));
		}
		return result;
	}
}

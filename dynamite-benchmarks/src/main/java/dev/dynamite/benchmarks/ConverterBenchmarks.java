package dev.dynamite.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.dynamite.benchmarks.model.Customer;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapping alone, without DynamoDB: an 8-attribute customer to its item and back, with Dynamite's converter,
 * the hand-written mapping and the enhanced client's bean schema. Dynamite's per-call overhead shows here
 * without the noise of a database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConverterBenchmarks {

	private final DynamiteConverter converter = new DynamiteConverter(new DynamiteMappingContext());

	private final TableSchema<Customer> schema = TableSchema.fromBean(Customer.class);

	private final Customer customer = new Customer("c42", "Customer 42", "c42@example.com");

	private Map<String, AttributeValue> item;

	@Setup
	public void setUp() {
		this.customer.setTier("gold");
		this.customer.setActive(true);
		this.customer.setVisits(7);
		this.customer.setCreatedAt("2026-01-02T03:04:05.678Z");
		this.customer.setUpdatedAt("2026-01-02T03:04:05.678Z");
		this.item = RawMapping.customerItem(this.customer);
	}

	@Benchmark
	public Map<String, AttributeValue> writeItemDynamite() {
		return this.converter.write(this.customer);
	}

	@Benchmark
	public Map<String, AttributeValue> writeItemRaw() {
		return RawMapping.customerItem(this.customer);
	}

	@Benchmark
	public Map<String, AttributeValue> writeItemEnhanced() {
		return this.schema.itemToMap(this.customer, true);
	}

	@Benchmark
	public Customer readItemDynamite() {
		return this.converter.read(Customer.class, this.item);
	}

	@Benchmark
	public Customer readItemRaw() {
		return RawMapping.customer(this.item);
	}

	@Benchmark
	public Customer readItemEnhanced() {
		return this.schema.mapToItem(this.item);
	}
}

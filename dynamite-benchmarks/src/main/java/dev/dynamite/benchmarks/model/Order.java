package dev.dynamite.benchmarks.model;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A composite-key entity with a GSI: the reads (query, GSI query, filtered scan, first). */
@DynamiteTable("bench_orders")
@DynamoDbBean
public class Order {

	/** The GSI on {@code status}, sorted by {@code total}. */
	public static final String BY_STATUS = "by_status";

	@PrimaryKey
	private @Nullable String customer;

	@SortKey
	private @Nullable Integer number;

	@GlobalIndex(name = BY_STATUS, sortKey = "total")
	private @Nullable String status;

	/**
	 * The by_status index's sort key: with a {@code @Default} every item has it, so the index holds every order and
	 * an equality on status alone is a Query on it (an item without it would be missing from the index).
	 */
	@Default("0")
	private @Nullable Long total;

	private @Nullable String note;

	public Order() {
	}

	public Order(String customer, int number, String status, long total, String note) {
		this.customer = customer;
		this.number = number;
		this.status = status;
		this.total = total;
		this.note = note;
	}

	@DynamoDbPartitionKey
	public @Nullable String getCustomer() { return this.customer; }
	public void setCustomer(@Nullable String customer) { this.customer = customer; }
	@DynamoDbSortKey
	public @Nullable Integer getNumber() { return this.number; }
	public void setNumber(@Nullable Integer number) { this.number = number; }
	@DynamoDbSecondaryPartitionKey(indexNames = BY_STATUS)
	public @Nullable String getStatus() { return this.status; }
	public void setStatus(@Nullable String status) { this.status = status; }
	@DynamoDbSecondarySortKey(indexNames = BY_STATUS)
	public @Nullable Long getTotal() { return this.total; }
	public void setTotal(@Nullable Long total) { this.total = total; }
	public @Nullable String getNote() { return this.note; }
	public void setNote(@Nullable String note) { this.note = note; }
}

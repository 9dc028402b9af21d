package dev.dynamite.benchmarks.model;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A composite-key entity of about 150 bytes: the bulk writes (saveAll, delete by filter). */
@DynamiteTable("bench_events")
@DynamoDbBean
public class Event {

	@PrimaryKey
	private @Nullable String stream;

	@SortKey
	private @Nullable Integer seq;

	private @Nullable String type;

	private @Nullable Long amount;

	private @Nullable String payload;

	public Event() {
	}

	public Event(String stream, int seq, String type, long amount, String payload) {
		this.stream = stream;
		this.seq = seq;
		this.type = type;
		this.amount = amount;
		this.payload = payload;
	}

	@DynamoDbPartitionKey
	public @Nullable String getStream() { return this.stream; }
	public void setStream(@Nullable String stream) { this.stream = stream; }
	@DynamoDbSortKey
	public @Nullable Integer getSeq() { return this.seq; }
	public void setSeq(@Nullable Integer seq) { this.seq = seq; }
	public @Nullable String getType() { return this.type; }
	public void setType(@Nullable String type) { this.type = type; }
	public @Nullable Long getAmount() { return this.amount; }
	public void setAmount(@Nullable Long amount) { this.amount = amount; }
	public @Nullable String getPayload() { return this.payload; }
	public void setPayload(@Nullable String payload) { this.payload = payload; }
}

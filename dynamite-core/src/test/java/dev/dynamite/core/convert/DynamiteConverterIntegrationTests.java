package dev.dynamite.core.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.Name;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that DynamoDB accepts what the converter writes and that a read of the stored item gives the entity back.
 */
class DynamiteConverterIntegrationTests {

	private static final String TABLE = LocalDynamoDb.uniquePrefix("convert") + "rich_items";

	private static DynamoDbClient client;

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final DynamiteConverter converter = new DynamiteConverter(this.context);

	@BeforeAll
	static void createTable() {
		client = LocalDynamoDb.client();
		client.createTable((create) -> create.tableName(TABLE)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(AttributeDefinition.builder()
				.attributeName("id")
				.attributeType(ScalarAttributeType.S)
				.build())
			.keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
	}

	@AfterAll
	static void deleteTable() {
		client.deleteTable((delete) -> delete.tableName(TABLE));
		client.close();
	}

	@Test
	void dynamoDbStoresWhatTheConverterWritesAndReadGivesTheEntityBack() {
		RichItem item = RichItem.sample("rich-1");
		client.putItem((put) -> put.tableName(TABLE).item(this.converter.write(item)));

		Map<String, AttributeValue> stored = client
			.getItem((get) -> get.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("rich-1"))).consistentRead(true))
			.item();

		assertThat(stored).containsKey("display_name").doesNotContainKey("emptyTags").doesNotContainKey("missing");
		assertThat(stored.get("tags").ss()).containsExactlyInAnyOrder("red", "blue");
		RichItem read = this.converter.read(RichItem.class, stored);
		assertThat(read).usingRecursiveComparison().ignoringFields("emptyTags").isEqualTo(item);
		assertThat(read.emptyTags).isNull();
	}

	@Test
	void filterOperandsFromToAttributeValueMatchStoredItems() {
		client.putItem((put) -> put.tableName(TABLE).item(this.converter.write(RichItem.sample("rich-2"))));
		DynamitePersistentProperty tags = property("tags");
		DynamitePersistentProperty count = property("count");
		DynamitePersistentProperty uuid = property("uuid");

		List<Map<String, AttributeValue>> found = client.scan((scan) -> scan.tableName(TABLE)
			.consistentRead(true)
			.filterExpression("contains(#t, :tag) AND #c = :count AND #u = :uuid AND #i = :id")
			.expressionAttributeNames(Map.of("#t", "tags", "#c", "count", "#u", "uuid", "#i", "id"))
			.expressionAttributeValues(Map.of(":tag", this.converter.toElementAttributeValue(tags, "red"), ":count",
					this.converter.toAttributeValue(count, 42), ":uuid",
					this.converter.toAttributeValue(uuid, RichItem.UUID_VALUE.toString()), ":id",
					AttributeValue.fromS("rich-2"))))
			.items();

		assertThat(found).hasSize(1);
		assertThat(this.converter.read(RichItem.class, found.get(0)).id).isEqualTo("rich-2");
	}

	private DynamitePersistentProperty property(String field) {
		return this.context.getRequiredPersistentEntity(RichItem.class).getRequiredField(field);
	}

	enum Status {

		ACTIVE, CLOSED

	}

	@DynamiteTable
	static class RichItem {

		static final UUID UUID_VALUE = UUID.fromString("6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f");

		@PrimaryKey
		String id;

		@Name("display_name")
		String name;

		long count;

		Integer rank;

		double ratio;

		BigDecimal price;

		BigInteger big;

		boolean active;

		Status status;

		UUID uuid;

		Instant createdAt;

		LocalDate day;

		LocalDateTime localDateTime;

		OffsetDateTime offsetDateTime;

		ZonedDateTime zonedDateTime;

		LocalTime time;

		Duration timeout;

		byte[] payload;

		SdkBytes sdkBytes;

		Set<String> tags;

		Set<String> emptyTags;

		Set<Long> numbers;

		Set<byte[]> blobs;

		List<String> history;

		Map<String, Double> weights;

		Location home;

		List<Location> visited;

		Map<String, Location> named;

		String missing;

		static RichItem sample(String id) {
			RichItem item = new RichItem();
			item.id = id;
			item.name = "Rich";
			item.count = 42;
			item.rank = -1;
			item.ratio = 0.125;
			item.price = new BigDecimal("19.99");
			item.big = new BigInteger("98765432109876543210");
			item.active = true;
			item.status = Status.ACTIVE;
			item.uuid = UUID_VALUE;
			item.createdAt = Instant.parse("2024-05-06T07:08:09.123456Z");
			item.day = LocalDate.of(2024, 5, 6);
			item.localDateTime = LocalDateTime.of(2024, 5, 6, 7, 8, 9);
			item.offsetDateTime = OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(-3));
			item.zonedDateTime = ZonedDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.of("Europe/Paris"));
			item.time = LocalTime.of(7, 8, 9);
			item.timeout = Duration.ofSeconds(30);
			item.payload = new byte[] { 9, 8, 7 };
			item.sdkBytes = SdkBytes.fromUtf8String("sdk");
			item.tags = Set.of("red", "blue");
			item.emptyTags = Set.of();
			item.numbers = Set.of(1L, 10_000_000_000L);
			item.blobs = Set.of(new byte[] { 1 });
			item.history = List.of("created", "updated", "created");
			item.weights = Map.of("a", 0.5, "b", 2.0);
			item.home = new Location("Paris", new Coordinates(48.85, 2.35));
			item.visited = List.of(new Location("Lyon", null), new Location("Nice", new Coordinates(43.7, 7.26)));
			item.named = Map.of("work", new Location("Berlin", new Coordinates(52.52, 13.4)));
			return item;
		}
	}

	static class Location {

		String city;

		Coordinates coordinates;

		Location() {
		}

		Location(String city, Coordinates coordinates) {
			this.city = city;
			this.coordinates = coordinates;
		}
	}

	record Coordinates(double lat, double lon) {
	}
}

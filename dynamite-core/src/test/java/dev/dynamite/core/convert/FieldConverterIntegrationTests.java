package dev.dynamite.core.convert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @Convert} on keys and index keys, its precedence over type-wide converters, and the built-in Date. */
class FieldConverterIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final String prefix = LocalDynamoDb.uniquePrefix("fieldconv");

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static final LocalDate start = LocalDate.of(2026, 1, 1);

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(prefix)
			.converters(new Shipment.PrefixedDate())
			.tables(Shipment.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
		for (int i = 0; i < 40; i++) {
			Shipment shipment = new Shipment("w" + (i % 2), start.plusDays(i * 10L), new Shipment.Code("SHP", i));
			shipment.setDue(start.plusDays(i * 10L + 3));
			shipment.setShipped(Date.from(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i)));
			template.create(shipment);
		}
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	@Test
	void keyAndIndexTypesComeFromTheFieldConverter() {
		List<AttributeDefinition> attributes = dynamite.client()
			.describeTable((r) -> r.tableName(prefix + "shipments"))
			.table()
			.attributeDefinitions();
		assertThat(attributes).extracting(AttributeDefinition::attributeName, AttributeDefinition::attributeType)
			.contains(org.assertj.core.api.Assertions.tuple("day", ScalarAttributeType.N),
					org.assertj.core.api.Assertions.tuple("code", ScalarAttributeType.S));
	}

	@Test
	void theFieldConverterWinsOverTheTypeWideOneAndDatesAreFixedWidthStrings() {
		Map<String, AttributeValue> item = dynamite.client()
			.getItem((r) -> r.tableName(prefix + "shipments")
				.key(Map.of("warehouse", AttributeValue.fromS("w0"), "day",
						AttributeValue.fromN(Long.toString(start.toEpochDay())))))
			.item();
		assertThat(item.get("day").n()).isEqualTo(Long.toString(start.toEpochDay()));
		assertThat(item.get("due").s()).isEqualTo("D:2026-01-04");
		assertThat(item.get("code").s()).isEqualTo("SHP-0");
		assertThat(item.get("shipped").s()).isEqualTo("2026-03-01T10:00:00.000Z");

		Shipment read = template.findById(Shipment.class, Key.of("w0", start)).orElseThrow();
		assertThat(read.getDay()).isEqualTo(start);
		assertThat(read.getDue()).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(read.getCode()).isEqualTo(new Shipment.Code("SHP", 0));
		assertThat(read.getShipped()).isEqualTo(Date.from(Instant.parse("2026-03-01T10:00:00Z")));
	}

	@Test
	void aRangeOnAConvertedSortKeyComparesTheStoredNumbers() {
		List<Shipment> read = template.where(Shipment.class,
				Filter.where("warehouse", "w1").and("day").between(start.plusDays(100), start.plusDays(200)));

		assertThat(read).extracting(Shipment::getDay)
			.containsExactly(start.plusDays(110), start.plusDays(130), start.plusDays(150), start.plusDays(170),
					start.plusDays(190));
		assertThat(recorder.requests(QueryRequest.class)).singleElement()
			.satisfies((query) -> assertThat(query.indexName()).isNull());
	}

	@Test
	void equalityOnAConvertedIndexKeyIsAQueryOnTheIndex() {
		assertThat(template.where(Shipment.class, Filter.where("code", new Shipment.Code("SHP", 7))))
			.singleElement()
			.satisfies((s) -> assertThat(s.getDay()).isEqualTo(start.plusDays(70)));
		assertThat(recorder.requests(QueryRequest.class)).singleElement()
			.satisfies((query) -> assertThat(query.indexName()).isEqualTo("by_code"));
	}

	@Test
	void dateFiltersCompareInTimeOrder() {
		assertThat(template.where(Shipment.class,
				Filter.where("shipped").ge(Date.from(Instant.parse("2026-03-01T10:00:35Z"))))).hasSize(5);
	}
}

package dev.dynamite.core.singletable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.KeyTemplate;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Bad input to single-table entities: each a clear error naming the entity and the field, before any request, and
 * nothing written.
 */
class SingleTableBadInputIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("stbad", List.of(recorder), Customer.class, ShopOrder.class);
		template = dynamite.template();
		template.save(new ShopOrder("c1", T0, "o1", 10, "OPEN"));
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
	void aNullKeyTemplateFieldIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> template.save(new ShopOrder(null, T0, "o2", 1, "OPEN")))
			.withMessageContaining("Entity ShopOrder: field 'customerId' is null, but the key template "
					+ "'CUSTOMER#{customerId}' needs it");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void aNullIndexTemplateFieldIsRefusedNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> template.save(new ShopOrder("c1", T0, "o3", 1, null)))
			.withMessageContaining("Entity ShopOrder: field 'status' is null, but the key template 'STATUS#{status}' needs it");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void anUpdateOfAKeyTemplateFieldIsRefusedLikeAKeyChange() {
		ShopOrder order = template.findById(ShopOrder.class, Map.of("customerId", "c1", "orderedAt", T0, "orderId", "o1"))
			.orElseThrow();
		recorder.clear();

		assertThatIllegalArgumentException().isThrownBy(() -> template.update(order, Map.of("orderedAt", T0.plusSeconds(1))))
			.withMessageContaining("Cannot change field 'orderedAt' of entity ShopOrder")
			.withMessageContaining("the table's key (CUSTOMER#{customerId} / ORDER#{orderedAt}#{orderId}) is composed from it");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.update(ShopOrder.class, Map.of("customerId", "c9"), Filter.where("status", "OPEN")))
			.withMessageContaining("Cannot change field 'customerId' of entity ShopOrder");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void anIndexFieldChangedByAFilterUpdateNeedsEveryFieldOfItsTemplate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.update(ShopOrder.class, Map.of("status", "SHIPPED"), Filter.where("customerId", "c1")))
			.withMessageContaining("the overloaded index 'gsi2' (STATUS#{status} / {orderedAt}) is composed from "
					+ "[status, orderedAt]")
			.withMessageContaining("missing: 'orderedAt'");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void anUpdateOfOneInstanceRecomposesItsIndexKeysWithItsKeyFields() {
		ShopOrder order = template.findById(ShopOrder.class, Map.of("customerId", "c1", "orderedAt", T0, "orderId", "o1"))
			.orElseThrow();

		template.update(order, Map.of("status", "SHIPPED"));

		assertThat(template.where(ShopOrder.class, Filter.where("status", "SHIPPED"))).extracting(ShopOrder::getOrderId)
			.containsExactly("o1");
		assertThat(template.where(ShopOrder.class, Filter.where("status", "OPEN"))).isEmpty();
		template.update(order, Map.of("status", "OPEN"));
	}

	@Test
	void twoEntityTypesWithOneTypeNameInATableAreRefusedAtSync() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalDynamoDb.dynamite("sttwins", List.of(recorder), Customer.class, CustomerTwin.class))
			.withMessageContaining("both have the type 'Customer'");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void twoEntityTypesDisagreeingOnTheSharedTableAreRefusedAtSync() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalDynamoDb.dynamite("stdisagree", List.of(recorder), Customer.class, OtherKeys.class))
			.withMessageContaining("share table")
			.withMessageContaining("disagree on its key");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalDynamoDb.dynamite("stdisagree", List.of(recorder), ExpiringA.class, ExpiringB.class))
			.withMessageContaining("disagree on its Time to Live attribute: 'expiresAt' and 'ttl'");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void aFilterValueOfTheWrongTypeIsRefusedNamingTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.where(ShopOrder.class, Filter.where("customerId", "c1").and("orderedAt", "yesterday")))
			.withMessageContaining("orderedAt");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void aPartiqlStatementOnASharedTableEntityIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.execute(ShopOrder.class, "SELECT * FROM {table} WHERE pk = ?", List.of("CUSTOMER#c1"),
					dev.dynamite.core.QueryOptions.none()))
			.withMessageContaining("PartiQL statements on entity ShopOrder are not available: it shares table");
		assertThat(recorder.names()).isEmpty();
	}

	/** A second class with the customer's type name. */
	@DynamiteTable(value = "shop", type = "Customer")
	@KeyTemplate(partition = "TWIN#{id}", sort = "TWIN")
	public static class CustomerTwin {

		String id;
	}

	/** A type whose table key attributes are not the table's. */
	@DynamiteTable(value = "shop", type = "Other", partitionKey = "PK", sortKey = "SK")
	@KeyTemplate(partition = "OTHER#{id}", sort = "OTHER")
	public static class OtherKeys {

		String id;
	}

	/** A type expiring by one attribute. */
	@DynamiteTable(value = "shop", type = "ExpiringA")
	@KeyTemplate(partition = "A#{id}", sort = "A")
	public static class ExpiringA {

		String id;

		@dev.dynamite.mapping.Ttl
		Long expiresAt;
	}

	/** A type expiring by another. */
	@DynamiteTable(value = "shop", type = "ExpiringB")
	@KeyTemplate(partition = "B#{id}", sort = "B")
	public static class ExpiringB {

		String id;

		@dev.dynamite.mapping.Ttl
		Long ttl;
	}
}

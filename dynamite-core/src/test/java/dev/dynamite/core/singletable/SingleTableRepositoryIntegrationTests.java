package dev.dynamite.core.singletable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.dynamite.Dynamite;
import dev.dynamite.core.Key;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository on a single-table entity: CRUD by the composed key, derived queries planned on the key templates and
 * the overloaded indexes, paging and Window, all returning orders only.
 */
@ParameterizedClass
@EnumSource(Api.class)
class SingleTableRepositoryIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private ShopOrderRepository orders;

	@BeforeAll
	static void seed() {
		dynamite = LocalDynamoDb.dynamite("strepo", List.of(recorder), Customer.class, ShopOrder.class, OrderNote.class);
		dynamite.template().save(new Customer("c1", "Ada", "ada@example.com"));
		for (int i = 0; i < 25; i++) {
			dynamite.template().save(new ShopOrder("c1", T0.plusSeconds(60L * i), "o" + i, i, i < 5 ? "OPEN" : "DONE"));
			dynamite.template().save(new OrderNote("c1", T0.plusSeconds(60L * i), "o" + i, 1, "note"));
		}
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		this.orders = this.api.repository(dynamite, ShopOrderRepository.class);
		recorder.clear();
	}

	@Test
	void crudByTheComposedKey() {
		ShopOrder saved = this.orders.save(new ShopOrder("c2", T0, "n1", 5, "OPEN"));
		Key id = Key.of("CUSTOMER#c2", "ORDER#2026-06-01T08:00:00.000000000Z#n1");

		assertThat(this.orders.findById(id)).get().extracting(ShopOrder::getTotal).isEqualTo(5L);
		assertThat(this.orders.existsById(id)).isTrue();
		this.orders.delete(saved);
		assertThat(this.orders.findById(id)).isEmpty();
	}

	@Test
	void derivedQueriesAreKeyQueriesReturningOrdersOnly() {
		assertThat(this.orders.findByCustomerId("c1")).hasSize(25);
		assertThat(this.orders.findByCustomerIdAndOrderedAtGreaterThanEqual("c1", T0.plusSeconds(60 * 20)))
			.extracting(ShopOrder::getOrderId).containsExactly("o20", "o21", "o22", "o23", "o24");
		assertThat(this.orders.findByOrderId("o7")).get().extracting(ShopOrder::getTotal).isEqualTo(7L);
		assertThat(this.orders.countByStatus("OPEN")).isEqualTo(5);

		assertThat(recorder.names()).containsOnly("Query");
		assertThat(recorder.requests(QueryRequest.class)).extracting(QueryRequest::indexName)
			.containsExactly(null, null, "gsi1", "gsi2");
	}

	@Test
	void anOrderByTheFirstSortTemplateFieldIsTheQuerysOwnOrder() {
		assertThat(this.orders.findFirst3ByCustomerIdOrderByOrderedAtDesc("c1")).extracting(ShopOrder::getOrderId)
			.containsExactly("o24", "o23", "o22");

		assertThat(recorder.names()).containsExactly("Query");
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		// DynamoDB's order, newest first: no read of the whole partition to sort in memory
		assertThat(query.scanIndexForward()).isFalse();
	}

	@Test
	void pagingAndWindowReadTheCustomersOrdersInKeyOrder() {
		Page<ShopOrder> second = this.orders.findByCustomerId("c1", PageRequest.of(1, 10));
		assertThat(second.getContent()).extracting(ShopOrder::getOrderId).containsExactly("o10", "o11", "o12", "o13",
				"o14", "o15", "o16", "o17", "o18", "o19");
		assertThat(second.getTotalElements()).isEqualTo(25);

		List<String> scrolled = new ArrayList<>();
		Window<ShopOrder> window = this.orders.findFirst10ByCustomerId("c1", ScrollPosition.keyset());
		while (true) {
			window.forEach((order) -> scrolled.add(order.getOrderId()));
			if (!window.hasNext()) {
				break;
			}
			window = this.orders.findFirst10ByCustomerId("c1", window.positionAt(window.size() - 1));
		}
		assertThat(scrolled).hasSize(25).startsWith("o0", "o1").endsWith("o23", "o24");
		assertThat(recorder.names()).doesNotContain("Scan");
	}
}

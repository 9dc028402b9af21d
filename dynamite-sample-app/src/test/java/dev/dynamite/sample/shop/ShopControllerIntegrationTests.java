package dev.dynamite.sample.shop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.dynamite.core.observation.DynamiteRequestContext;
import dev.dynamite.core.observation.RequestDescription;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-table example over HTTP: a customer and its orders in one table, each endpoint one DynamoDB request
 * (counted from Dynamite's request observations), and the seed demo left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.demo.enabled=false")
@AutoConfigureRestTestClient
class ShopControllerIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private RestTestClient client;

	@Autowired
	private RecordedRequests recorded;

	private List<RequestDescription> requests;

	private String ada;

	private String grace;

	@BeforeEach
	void seed() {
		this.ada = "ada-" + System.nanoTime();
		this.grace = "grace-" + System.nanoTime();
		post("/shop/customers", Map.of("id", this.ada, "name", "Ada Lovelace", "email", this.ada + "@example.com"));
		for (int i = 1; i <= 3; i++) {
			post("/shop/customers/" + this.ada + "/orders", Map.of("orderId", this.ada + "-" + i, "total", 100 * i));
		}
		post("/shop/customers", Map.of("id", this.grace, "name", "Grace Hopper", "email", this.grace + "@example.com"));
		post("/shop/customers/" + this.grace + "/orders", Map.of("orderId", this.grace + "-1", "total", 7));
		this.requests = this.recorded.list;
		this.requests.clear();
	}

	@Test
	void aCustomerWithItsOrdersIsOneQueryOfItsPartition() {
		Map<String, Object> body = this.client.get().uri("/shop/customers/" + this.grace).exchange()
			.expectStatus().isOk().expectBody(OBJECT).returnResult().getResponseBody();

		assertThat(body).extractingByKey("customer").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("name", "Grace Hopper");
		assertThat(body).extractingByKey("orders").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(1);
		assertThat(this.requests).extracting(RequestDescription::operation).containsExactly("Query");
		assertThat(this.requests.get(0).index()).isEqualTo(RequestDescription.NONE);
	}

	@Test
	void ordersSinceATimeAndAnOrderByIdAreOneQueryEach() {
		List<Map<String, Object>> orders = this.client.get().uri("/shop/customers/" + this.ada + "/orders?since=2000-01-01T00:00:00Z")
			.exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
		String orderId = (String) orders.get(0).get("orderId");
		this.client.get().uri("/shop/orders/" + orderId).exchange().expectStatus().isOk();
		this.client.get().uri("/shop/orders/none").exchange().expectStatus().isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(orders).hasSize(3).allSatisfy((order) -> assertThat(order).containsEntry("customerId", this.ada));
		assertThat(this.requests).extracting(RequestDescription::operation).containsExactly("Query", "Query", "Query");
		assertThat(this.requests).extracting(RequestDescription::index).containsExactly(RequestDescription.NONE, "gsi1",
				"gsi1");
	}

	private void post(String uri, Map<String, Object> body) {
		this.client.post().uri(uri).body(body).exchange().expectStatus().isCreated();
	}

	/** The requests observed. */
	static class RecordedRequests {

		final List<RequestDescription> list = new CopyOnWriteArrayList<>();
	}

	/** Records every DynamoDB request Dynamite observes. */
	@TestConfiguration
	static class Requests {

		@Bean
		RecordedRequests recordedRequests() {
			return new RecordedRequests();
		}

		@Bean
		ObservationRegistry observationRegistry(RecordedRequests recorded) {
			List<RequestDescription> requests = recorded.list;
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new ObservationHandler<DynamiteRequestContext>() {

				@Override
				public boolean supportsContext(Observation.Context context) {
					return context instanceof DynamiteRequestContext;
				}

				@Override
				public void onStart(DynamiteRequestContext context) {
					requests.add(context.getDescription());
				}
			});
			return registry;
		}
	}
}

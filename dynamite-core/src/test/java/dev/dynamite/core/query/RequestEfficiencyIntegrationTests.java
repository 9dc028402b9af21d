package dev.dynamite.core.query;

import java.util.ArrayList;
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
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.model.Order;
import dev.dynamite.core.model.Visit;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RequestMeter;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request plan matrix on a table of 10,000 items (100 customers with 100 orders each; 200 statuses on a GSI,
 * 50 orders each): how many requests each read and write sends, how many items DynamoDB reads for it
 * ({@code ScannedCount}), and the capacity DynamoDB Local reports.
 */
class RequestEfficiencyIntegrationTests {

	private static final int CUSTOMERS = 100;

	private static final int ORDERS_EACH = 100;

	private static final int STATUSES = 200;

	private static final RequestMeter meter = new RequestMeter();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void seedTenThousandItems() {
		dynamite = Dynamite.builder().client(LocalDynamoDb.client(meter))
			.tablePrefix(LocalDynamoDb.uniquePrefix("efficiency")).tables(Order.class, Visit.class).build();
		dynamite.sync();
		template = dynamite.template();
		List<Order> orders = new ArrayList<>(CUSTOMERS * ORDERS_EACH);
		for (int n = 0; n < CUSTOMERS * ORDERS_EACH; n++) {
			orders.add(new Order("c" + n / ORDERS_EACH, n % ORDERS_EACH, "s" + n % STATUSES, n));
		}
		meter.clear();
		template.saveAll(orders);
		assertThat(meter.requests()).containsExactly(Map.entry("BatchWriteItem", 400 + (int) meter.unprocessedResponses()));
		List<Visit> visits = new ArrayList<>(CUSTOMERS * ORDERS_EACH);
		for (int n = 0; n < CUSTOMERS * ORDERS_EACH; n++) {
			visits.add(new Visit(n % 10 == 0 ? "admin" : "customer", n));
		}
		template.saveAll(visits);
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void clear() {
		meter.clear();
	}

	@Test
	void primaryKeyEqualityReadsOneItemWithOneGetItem() {
		assertThat(template.where(Order.class, Filter.where("customer", "c7").and("number", 42))).singleElement()
			.satisfies(o -> assertThat(o.getTotal()).isEqualTo(742L));
		assertThat(meter.requests()).containsExactly(Map.entry("GetItem", 1));
		assertThat(meter.itemsRead()).isEqualTo(1);
		assertThat(meter.capacityUnits()).isEqualTo(0.5);
	}

	@Test
	void inOfFiftyKeysReadsFiftyItemsInOneBatchGetItem() {
		List<String> customers = new ArrayList<>();
		List<Key> keys = new ArrayList<>();
		for (int c = 0; c < 50; c++) {
			customers.add("c" + c);
			keys.add(Key.of("c" + c, 5));
		}
		assertThat(template.where(Order.class, Filter.where("customer").in(customers).and("number", 5))).hasSize(50);
		assertThat(meter.requests()).containsExactly(Map.entry("BatchGetItem", 1));
		assertThat(meter.itemsRead()).isEqualTo(50);
		meter.clear();
		assertThat(template.findAllById(Order.class, keys)).hasSize(50);
		assertThat(meter.requests()).containsExactly(Map.entry("BatchGetItem", 1));
		assertThat(meter.itemsRead()).isEqualTo(50);
		assertThat(meter.capacityUnits()).isEqualTo(25.0);
	}

	@Test
	void gsiEqualityReadsOnlyTheMatches() {
		assertThat(template.where(Order.class, Filter.where("status", "s17"))).hasSize(50)
			.allSatisfy(o -> assertThat(o.getStatus()).isEqualTo("s17"));
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.sent(QueryRequest.class).get(0).indexName()).isEqualTo("by_status");
		assertThat(meter.itemsRead()).isEqualTo(50);
		assertThat(meter.itemsReturned()).isEqualTo(50);
		double gsiCapacity = meter.capacityUnits();
		assertThat(gsiCapacity).isPositive();

		// the same condition on a field without an index: a Scan reads all 10,000 items
		meter.clear();
		assertThat(template.where(Order.class, Filter.where("total").lt(50L))).hasSize(50);
		assertThat(meter.requests()).containsOnlyKeys("Scan");
		assertThat(meter.itemsRead()).isEqualTo(CUSTOMERS * ORDERS_EACH);
		assertThat(meter.capacityUnits()).isGreaterThan(50 * gsiCapacity);
	}

	@Test
	void creationOrderFirstAndLastReadTwoItems() {
		assertThat(template.first(Visit.class, Filter.all())).map(Visit::getN).contains(0);
		assertThat(template.last(Visit.class, Filter.all())).map(Visit::getN).contains(CUSTOMERS * ORDERS_EACH - 1);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 2));
		assertThat(meter.itemsRead()).isEqualTo(4);
	}

	@Test
	void creationOrderSkipAndLimitReadsSkipPlusLimitItems() {
		assertThat(template.where(Visit.class, Filter.all(), QueryOptions.builder().skip(100).limit(10).build()))
			.extracting(Visit::getN)
			.containsExactly(100, 101, 102, 103, 104, 105, 106, 107, 108, 109);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.itemsRead()).isEqualTo(111);
	}

	@Test
	void creationOrderWithAFilterReadsAboutLimitOverSelectivityItems() {
		// admins are one item in ten: 5 admins need about 50 items
		assertThat(template.where(Visit.class, Filter.where("role", "admin"), QueryOptions.builder().limit(5).build()))
			.extracting(Visit::getN)
			.containsExactly(0, 10, 20, 30, 40);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.itemsRead()).isLessThanOrEqualTo(5 * 10 + 1);
	}

	@Test
	void creationOrderDerivedTopIsOneQuery() {
		VisitRepository visits = dynamite.repository(VisitRepository.class);
		assertThat(visits.findTop3ByRoleOrderByCreatedAtDesc("admin")).extracting(Visit::getN)
			.containsExactly(9990, 9980, 9970);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.itemsRead()).isLessThanOrEqualTo(3 * 10 + 1);
	}

	@Test
	void anOffsetPagePassOverAScanPathTakesEachTotalFromItsOwnRead() {
		// one full Scan of the table, to know how many 1 MB pages it takes
		assertThat(template.where(Order.class, Filter.all())).hasSize(CUSTOMERS * ORDERS_EACH);
		int scanPagesPerPass = meter.requests().get("Scan");
		meter.clear();
		OrderRepository orders = dynamite.repository(OrderRepository.class);

		int pages = 0;
		long seen = 0;
		for (org.springframework.data.domain.Page<Order> page = orders.findAll(
				org.springframework.data.domain.PageRequest.of(0, 500)); ; page = orders.findAll(page.nextPageable())) {
			assertThat(page.getTotalElements()).isEqualTo(CUSTOMERS * ORDERS_EACH);
			seen += page.getNumberOfElements();
			pages++;
			if (!page.hasNext()) {
				break;
			}
		}

		assertThat(pages).isEqualTo(20);
		assertThat(seen).isEqualTo(CUSTOMERS * ORDERS_EACH);
		// one read per page (its total included), no Select=COUNT Scan
		assertThat(meter.requests()).containsExactly(Map.entry("Scan", 20 * scanPagesPerPass));
		assertThat(meter.sent(software.amazon.awssdk.services.dynamodb.model.ScanRequest.class))
			.allSatisfy((scan) -> assertThat(scan.select()).isNull());
		assertThat(meter.itemsRead()).isEqualTo(20L * CUSTOMERS * ORDERS_EACH);
	}

	@Test
	void anOffsetPagePassOnTheCreationOrderIndexReadsSkipPlusSizeItemsAPage() {
		VisitRepository visits = dynamite.repository(VisitRepository.class);
		int pages = 0;
		for (org.springframework.data.domain.Page<Visit> page = visits.findAll(
				org.springframework.data.domain.PageRequest.of(0, 500)); ; page = visits.findAll(page.nextPageable())) {
			assertThat(page.getContent().get(0).getN()).isEqualTo(pages * 500);
			pages++;
			if (!page.hasNext()) {
				break;
			}
		}
		List<QueryRequest> queries = meter.sent(QueryRequest.class);
		for (QueryRequest query : queries) {
			if (query.select() == null) {
				assertThat(query.indexName()).isEqualTo("dynamite_created_1");
			}
		}
		assertThat(pages).isEqualTo(20);
		// each page's content: skip + size + 1 items of the index (the last page's 10,001 items take two 1 MB pages)
		List<Integer> limits = queries.stream().filter((query) -> query.select() == null).map(QueryRequest::limit).toList();
		assertThat(limits).startsWith(java.util.stream.IntStream.range(0, 20).mapToObj((k) -> k * 500 + 501)
			.toArray(Integer[]::new));
		assertThat(limits).hasSizeLessThanOrEqualTo(21);
		assertThat(queries).allSatisfy((query) -> assertThat(query.select()).isNull());
		// a full page cannot tell its total: one Select=COUNT pass (a Scan: counting has no limit) per page
		List<software.amazon.awssdk.services.dynamodb.model.ScanRequest> counts = meter
			.sent(software.amazon.awssdk.services.dynamodb.model.ScanRequest.class);
		assertThat(counts).allSatisfy((scan) -> assertThat(scan.select()).isEqualTo(Select.COUNT));
		assertThat(counts.stream().filter((scan) -> scan.exclusiveStartKey().isEmpty())).hasSize(20);
	}

	interface OrderRepository extends dev.dynamite.repository.DynamiteRepository<Order, Key> {
	}

	interface VisitRepository extends dev.dynamite.repository.DynamiteRepository<Visit, String> {

		List<Visit> findTop3ByRoleOrderByCreatedAtDesc(String role);
	}

	@Test
	void firstOnAQueryPathReadsOnePage() {
		assertThat(template.first(Order.class, Filter.where("customer", "c3"))).map(Order::getNumber).contains(0);
		assertThat(template.last(Order.class, Filter.where("customer", "c3"))).map(Order::getNumber).contains(99);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 2));
		assertThat(meter.sent(QueryRequest.class)).allSatisfy(q -> assertThat(q.limit()).isEqualTo(1));
		assertThat(meter.itemsRead()).isEqualTo(2);

		// with a filter DynamoDB applies after reading, the first page (all 100 items of the partition) is enough
		meter.clear();
		assertThat(template.first(Order.class, Filter.where("customer", "c3").and("total").ge(350L)))
			.map(Order::getNumber).contains(50);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.itemsRead()).isLessThanOrEqualTo(ORDERS_EACH);
	}

	@Test
	void aLimitOnAQueryPathStopsEarly() {
		assertThat(template.where(Order.class, Filter.where("customer", "c4"), QueryOptions.builder().limit(10).build()))
			.extracting(Order::getNumber).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.sent(QueryRequest.class).get(0).limit()).isEqualTo(10);
		assertThat(meter.itemsRead()).isEqualTo(10);

		meter.clear();
		assertThat(template.where(Order.class, Filter.where("customer", "c4"), QueryOptions.builder().skip(20).limit(10).build()))
			.extracting(Order::getNumber).startsWith(20).endsWith(29);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1));
		assertThat(meter.itemsRead()).isEqualTo(30);
	}

	@Test
	void countOnAQueryPathUsesSelectCount() {
		assertThat(template.count(Order.class, Filter.where("customer", "c5"))).isEqualTo(ORDERS_EACH);
		assertThat(template.count(Order.class, Filter.where("status", "s9"))).isEqualTo(50);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 2));
		assertThat(meter.sent(QueryRequest.class)).allSatisfy(q -> assertThat(q.select()).isEqualTo(Select.COUNT));
		assertThat(meter.itemsReturned()).isZero();
		assertThat(meter.itemsRead()).isEqualTo(ORDERS_EACH + 50);
	}

	@Test
	void deleteByFilterSendsOneBatchWriteItemPerTwentyFiveKeysPlusRetries() {
		int n = 260;
		List<Order> doomed = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			doomed.add(new Order("doomed", i, "gone", i));
		}
		template.saveAll(doomed);
		meter.clear();

		assertThat(template.delete(Order.class, Filter.where("customer", "doomed"))).isEqualTo(n);
		Map<String, Integer> requests = meter.requests();
		assertThat(requests).containsOnlyKeys("Query", "BatchWriteItem");
		assertThat(requests.get("Query")).isEqualTo(1);
		assertThat(requests.get("BatchWriteItem")).isEqualTo((n + 24) / 25 + (int) meter.unprocessedResponses());
		// the keys are read, not the items
		assertThat(meter.sent(QueryRequest.class).get(0).projectionExpression()).isEqualTo("#n0, #n1");
		assertThat(template.count(Order.class, Filter.where("customer", "doomed"))).isZero();
	}

	@Test
	void updateByFilterNeverRewritesWholeItems() {
		long updated = template.update(Order.class, Map.of("comment", "checked"),
				Filter.where("customer", "c9").and("number").lt(20));
		assertThat(updated).isEqualTo(20);
		assertThat(meter.requests()).containsExactly(Map.entry("Query", 1), Map.entry("UpdateItem", 20));
		assertThat(meter.itemsRead()).isEqualTo(20);
		assertThat(meter.sent(UpdateItemRequest.class)).allSatisfy(update -> {
			assertThat(update.updateExpression()).isEqualTo("SET #n0 = :v0");
			assertThat(update.expressionAttributeNames()).containsEntry("#n0", "comment")
				.doesNotContainValue("status").doesNotContainValue("total");
			assertThat(update.expressionAttributeValues()).hasSize(1);
		});
		// the key Query (0.5) plus, per small item, one write unit on the table and one on the GSI (projection ALL)
		assertThat(meter.capacityUnits()).isEqualTo(0.5 + 20 * 2.0);
		assertThat(template.findById(Order.class, Key.of("c9", 3))).hasValueSatisfying(o -> {
			assertThat(o.getComment()).isEqualTo("checked");
			assertThat(o.getStatus()).isEqualTo("s" + 903 % STATUSES);
			assertThat(o.getTotal()).isEqualTo(903L);
		});
	}
}

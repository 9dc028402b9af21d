package dev.dynamite.repository;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.model.Order;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code @ConsistentRead} on repository methods and interfaces. */
class ConsistentReadRepositoryIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static Orders orders;

	private static StrongOrders strong;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("consistent"))
			.tables(Order.class)
			.build();
		dynamite.sync();
		orders = dynamite.repository(Orders.class);
		strong = dynamite.repository(StrongOrders.class);
		for (int n = 0; n < 5; n++) {
			orders.create(new Order("c1", n, n % 2 == 0 ? "open" : "paid", n * 10));
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
	void anAnnotatedDerivedMethodReadsConsistently() {
		assertThat(orders.findByCustomer("c1")).hasSize(5);
		assertThat(orders.findByCustomerAndTotalGreaterThan("c1", 15)).hasSize(3);

		assertThat(recorder.requests(QueryRequest.class)).extracting(QueryRequest::consistentRead).containsExactly(true, null);
	}

	@Test
	void anAnnotatedInterfaceReadsConsistentlyUnlessAMethodOptsOut() {
		assertThat(strong.findByCommentIsNull()).hasSize(5);
		assertThat(strong.findFirstByCustomer("c1")).isPresent();
		assertThat(strong.findByStatus("open")).hasSize(3);

		assertThat(recorder.requests(ScanRequest.class)).singleElement()
			.satisfies((scan) -> assertThat(scan.consistentRead()).isTrue());
		assertThat(recorder.requests(QueryRequest.class)).extracting(QueryRequest::consistentRead)
			.containsExactly(true, null);
	}

	@Test
	void aStatementMethodReadsConsistently() {
		assertThat(orders.paid()).hasSize(2);
		assertThat(recorder.requests(ExecuteStatementRequest.class)).singleElement()
			.satisfies((statement) -> assertThat(statement.consistentRead()).isTrue());
	}

	@Test
	void aConsistentMethodThatOnlyAGlobalIndexAnswersIsRefusedNamingTheIndex() {
		assertThatIllegalArgumentException().isThrownBy(() -> orders.findByStatus("open"))
			.withMessageContaining("by_status");
		assertThat(recorder.requests()).isEmpty();
	}

	interface Orders extends DynamiteRepository<Order, dev.dynamite.core.Key> {

		@ConsistentRead
		List<Order> findByCustomer(String customer);

		List<Order> findByCustomerAndTotalGreaterThan(String customer, long total);

		@ConsistentRead
		List<Order> findByStatus(String status);

		@ConsistentRead
		@Query("SELECT * FROM {table} WHERE customer = 'c1' AND status = 'paid'")
		List<Order> paid();
	}

	@ConsistentRead
	interface StrongOrders extends DynamiteRepository<Order, dev.dynamite.core.Key> {

		List<Order> findByCommentIsNull();

		Optional<Order> findFirstByCustomer(String customer);

		@ConsistentRead(false)
		List<Order> findByStatus(String status);
	}
}

package dev.dynamite.core.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.mapping.MappingException;

import dev.dynamite.core.schema.SchemaChange.Action;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.IndexProjection;
import dev.dynamite.mapping.LocalIndex;
import dev.dynamite.mapping.Name;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import dev.dynamite.mapping.TableNaming;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SchemaSynchronizerIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final DynamoDbClient client = LocalDynamoDb.client(recorder);

	private String prefix;

	private SchemaSynchronizer synchronizer;

	@BeforeEach
	void setUp() {
		this.prefix = LocalDynamoDb.uniquePrefix("schema");
		this.synchronizer = synchronizer(this.prefix);
		recorder.clear();
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	@Test
	void createsTableWithStringPartitionKeyAndOnDemandBilling() {
		List<SchemaChange> changes = this.synchronizer.sync(List.of(User.class), SyncMode.CREATE);

		assertThat(changes).extracting(SchemaChange::table, SchemaChange::action)
			.containsExactly(tuple(this.prefix + "users", Action.CREATED_TABLE));
		TableDescription table = describe(this.prefix + "users");
		assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(table.keySchema()).containsExactly(key("id", KeyType.HASH));
		assertThat(types(table)).isEqualTo(Map.of("id", ScalarAttributeType.S));
		assertThat(table.globalSecondaryIndexes()).isEmpty();
		assertThat(recorder.requests(CreateTableRequest.class)).singleElement()
			.satisfies((request) -> assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST));
	}

	@Test
	void relationsGetTheirPivotTableAndForeignKeyIndexAndValidateReportsThemMissing() {
		List<Class<?>> entities = List.of(dev.dynamite.core.relation.Employee.class,
				dev.dynamite.core.relation.Project.class, dev.dynamite.core.relation.EmpTask.class,
				dev.dynamite.core.relation.Dept.class, dev.dynamite.core.relation.Org.class);
		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(entities, SyncMode.VALIDATE))
			.withMessageContaining("does not exist");

		this.synchronizer.sync(entities, SyncMode.CREATE);

		TableDescription pivot = describe(this.prefix + "rel_employee_projects");
		assertThat(pivot.keySchema()).containsExactly(key("employeeId", KeyType.HASH), key("projectId", KeyType.RANGE));
		assertThat(indexes(pivot).get("projectId_index").keySchema()).containsExactly(key("projectId", KeyType.HASH),
				key("employeeId", KeyType.RANGE));
		assertThat(indexes(pivot).get("projectId_index").projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
		assertThat(indexes(describe(this.prefix + "rel_tasks"))).containsOnlyKeys("employeeId_index");
		assertThat(indexes(describe(this.prefix + "rel_employees"))).containsOnlyKeys("deptId_index");
		assertThat(indexes(describe(this.prefix + "rel_depts"))).containsOnlyKeys("orgId_index");
		assertThat(this.synchronizer.sync(entities, SyncMode.VALIDATE)).extracting(SchemaChange::action)
			.containsOnly(Action.UNCHANGED);
	}

	@Test
	void createsCompositeKeysWithNumberStringAndBinaryTypes() {
		this.synchronizer.sync(List.of(Reading.class, Blob.class), SyncMode.CREATE);

		TableDescription readings = describe(this.prefix + "readings");
		assertThat(readings.keySchema()).containsExactly(key("sensor_id", KeyType.HASH), key("at", KeyType.RANGE));
		assertThat(types(readings)).isEqualTo(Map.of("sensor_id", ScalarAttributeType.N, "at", ScalarAttributeType.S));
		TableDescription blobs = describe(this.prefix + "blobs");
		assertThat(blobs.keySchema()).containsExactly(key("hash", KeyType.HASH), key("version", KeyType.RANGE));
		assertThat(types(blobs)).isEqualTo(Map.of("hash", ScalarAttributeType.B, "version", ScalarAttributeType.N));
	}

	@Test
	void createsGlobalIndexesWithAndWithoutSortKeyProjectingAll() {
		this.synchronizer.sync(List.of(Order.class), SyncMode.CREATE);

		TableDescription table = describe(this.prefix + "orders");
		assertThat(types(table)).isEqualTo(Map.of("id", ScalarAttributeType.S, "customerId", ScalarAttributeType.S,
				"status", ScalarAttributeType.S, "created_at", ScalarAttributeType.N));
		Map<String, GlobalSecondaryIndexDescription> indexes = indexes(table);
		assertThat(indexes).containsOnlyKeys("customerId_index", "by_status");
		assertThat(indexes.get("customerId_index").keySchema()).containsExactly(key("customerId", KeyType.HASH));
		assertThat(indexes.get("by_status").keySchema()).containsExactly(key("status", KeyType.HASH),
				key("created_at", KeyType.RANGE));
		assertThat(indexes.values()).allSatisfy((index) -> {
			assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
			assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
		});
	}

	@Test
	void secondSyncReportsUnchangedAndCreatesNothing() {
		this.synchronizer.sync(List.of(User.class, Order.class), SyncMode.CREATE);
		recorder.clear();

		List<SchemaChange> changes = this.synchronizer.sync(List.of(User.class, Order.class), SyncMode.CREATE);

		assertThat(changes).extracting(SchemaChange::table, SchemaChange::action)
			.containsExactly(tuple(this.prefix + "users", Action.UNCHANGED),
					tuple(this.prefix + "orders", Action.UNCHANGED));
		assertThat(recorder.names()).containsExactly("DescribeTable", "DescribeTable");
	}

	@Test
	void addsMissingGlobalIndexesToExistingTableOneIndexPerRequest() {
		this.synchronizer.sync(List.of(CustomerV1.class), SyncMode.CREATE);
		recorder.clear();

		List<SchemaChange> changes = this.synchronizer.sync(List.of(CustomerV2.class), SyncMode.CREATE);

		String table = this.prefix + "customers";
		assertThat(changes).extracting(SchemaChange::table, SchemaChange::action, SchemaChange::detail)
			.containsExactly(tuple(table, Action.ADDED_INDEX, "email_index"), tuple(table, Action.ADDED_INDEX, "by_city"));
		assertThat(recorder.requests(CreateTableRequest.class)).isEmpty();
		assertThat(recorder.requests(UpdateTableRequest.class)).hasSize(2)
			.allSatisfy((request) -> assertThat(request.globalSecondaryIndexUpdates()).singleElement()
				.satisfies((update) -> assertThat(update.create()).isNotNull()));
		Map<String, GlobalSecondaryIndexDescription> indexes = indexes(describe(table));
		assertThat(indexes).containsOnlyKeys("email_index", "by_city");
		assertThat(indexes.get("by_city").keySchema()).containsExactly(key("city", KeyType.HASH),
				key("name", KeyType.RANGE));
		assertThat(indexes.values()).allSatisfy((index) -> assertThat(index.indexStatus()).isEqualTo(IndexStatus.ACTIVE));
		assertThat(this.synchronizer.sync(List.of(CustomerV2.class), SyncMode.VALIDATE)).extracting(SchemaChange::action)
			.containsExactly(Action.UNCHANGED);
	}

	@Test
	void logsOneInfoLinePerCreatedTableAndAddedIndex() {
		Logger logger = (Logger) LoggerFactory.getLogger(SchemaSynchronizer.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			this.synchronizer.sync(List.of(CustomerV1.class, User.class), SyncMode.CREATE);
			this.synchronizer.sync(List.of(CustomerV2.class, User.class), SyncMode.CREATE);
		}
		finally {
			logger.detachAppender(appender);
		}
		assertThat(appender.list).filteredOn((event) -> event.getLevel() == Level.INFO)
			.extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(
					(line) -> assertThat(line).startsWith("Created DynamoDB table '" + this.prefix + "customers'"),
					(line) -> assertThat(line).startsWith("Created DynamoDB table '" + this.prefix + "users'"),
					(line) -> assertThat(line).startsWith("Added global index 'email_index'"),
					(line) -> assertThat(line).startsWith("Added global index 'by_city'"));
	}

	@Test
	void partitionKeyTypeMismatchFailsNamingEntityTableAndBothKeysBeforeCreatingAnything() {
		this.synchronizer.sync(List.of(CustomerV1.class), SyncMode.CREATE);
		recorder.clear();

		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(User.class, NumericCustomer.class), SyncMode.CREATE))
			.isInstanceOf(InvalidDataAccessResourceUsageException.class)
			.withMessageStartingWith("Table '%scustomers' does not match entity NumericCustomer: the entity declares "
					.formatted(this.prefix) + "partition key 'id' (N) and no sort key, the table has partition key 'id' (S) "
					+ "and no sort key.");
		assertThat(recorder.names()).doesNotContain("CreateTable", "UpdateTable");
	}

	@Test
	void missingOrExtraSortKeyIsAMismatch() {
		this.synchronizer.sync(List.of(CustomerV1.class, Reading.class), SyncMode.CREATE);

		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(SortedCustomer.class), SyncMode.CREATE))
			.withMessageContaining("entity SortedCustomer")
			.withMessageContaining("declares partition key 'id' (S) and sort key 'since' (N)")
			.withMessageContaining("the table has partition key 'id' (S) and no sort key");
		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(UnsortedReading.class), SyncMode.VALIDATE))
			.withMessageContaining("entity UnsortedReading")
			.withMessageContaining("declares partition key 'sensor_id' (N) and no sort key")
			.withMessageContaining("the table has partition key 'sensor_id' (N) and sort key 'at' (S)");
	}

	@Test
	void validateReportsMissingTableWithTheFix() {
		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(User.class), SyncMode.VALIDATE))
			.withMessage("Table '%susers' for entity User does not exist; run sync in CREATE mode (dynamite.sync=create)",
					this.prefix);
		assertThat(recorder.names()).containsExactly("DescribeTable");
	}

	@Test
	void aLocalIndexMissingOnAnExistingTableIsReportedWithItsFixInBothModes() {
		this.synchronizer.sync(List.of(LeaderV1.class), SyncMode.CREATE);
		recorder.clear();

		for (SyncMode mode : List.of(SyncMode.CREATE, SyncMode.VALIDATE)) {
			assertThatExceptionOfType(SchemaMismatchException.class)
				.isThrownBy(() -> this.synchronizer.sync(List.of(LeaderV2.class), mode))
				.withMessageContaining("Table '%sleaders' for entity LeaderV2 has no local index 'by_points'", this.prefix)
				.withMessageContaining("only together with their table")
				.withMessageContaining("recreate the table")
				.withMessageContaining("@GlobalIndex");
		}
		assertThat(recorder.names()).containsOnly("DescribeTable");
	}

	@Test
	void createMakesLocalIndexesWithTheTable() {
		this.synchronizer.sync(List.of(LeaderV2.class), SyncMode.CREATE);

		TableDescription table = describe(this.prefix + "leaders");
		assertThat(table.localSecondaryIndexes()).singleElement().satisfies((index) -> {
			assertThat(index.indexName()).isEqualTo("by_points");
			assertThat(index.keySchema()).extracting(KeySchemaElement::attributeName).containsExactly("board", "points");
		});
		assertThat(this.synchronizer.sync(List.of(LeaderV2.class), SyncMode.VALIDATE)).extracting(SchemaChange::action)
			.containsExactly(Action.UNCHANGED);
	}

	@Test
	void anIndexWhoseProjectionDiffersFromTheEntityIsReported() {
		this.synchronizer.sync(List.of(LeaderWithTeam.class), SyncMode.CREATE);
		recorder.clear();

		for (SyncMode mode : List.of(SyncMode.CREATE, SyncMode.VALIDATE)) {
			assertThatExceptionOfType(SchemaMismatchException.class)
				.isThrownBy(() -> this.synchronizer.sync(List.of(LeaderWithTeamKeys.class), mode))
				.withMessageContaining("Global index 'by_team' of table '%sleaders' does not match entity LeaderWithTeamKeys",
						this.prefix)
				.withMessageContaining("the entity declares projection INCLUDE [nickname], the index has projection ALL");
		}
		assertThat(recorder.names()).containsOnly("DescribeTable");
	}

	@Test
	void validateReportsMissingGlobalIndexAndCreatesNothing() {
		this.synchronizer.sync(List.of(CustomerV1.class), SyncMode.CREATE);
		recorder.clear();

		assertThatExceptionOfType(SchemaMismatchException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(CustomerV2.class), SyncMode.VALIDATE))
			.withMessage("Table '%scustomers' for entity CustomerV2 has no global index 'email_index' (partition key "
					+ "'email' (S) and no sort key, projection ALL); run sync in CREATE mode (dynamite.sync=create)", this.prefix);
		assertThat(recorder.names()).containsExactly("DescribeTable");
		assertThat(indexes(describe(this.prefix + "customers"))).isEmpty();
	}

	@Test
	void validateAcceptsMatchingTables() {
		this.synchronizer.sync(List.of(Order.class), SyncMode.CREATE);

		assertThat(this.synchronizer.sync(List.of(Order.class), SyncMode.VALIDATE))
			.extracting(SchemaChange::table, SchemaChange::action)
			.containsExactly(tuple(this.prefix + "orders", Action.UNCHANGED));
	}

	@Test
	void noneSendsNothing() {
		assertThat(this.synchronizer.sync(List.of(User.class, NotAnEntity.class), SyncMode.NONE)).isEmpty();
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void classWithoutDynamiteTableIsRejectedBeforeAnyRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(User.class, NotAnEntity.class), SyncMode.CREATE))
			.withMessageContaining(NotAnEntity.class.getName())
			.withMessageContaining("@DynamiteTable");
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void entityWithoutPartitionKeyFailsWithTheMappingContextsMessage() {
		assertThatExceptionOfType(MappingException.class)
			.isThrownBy(() -> this.synchronizer.sync(List.of(NoKey.class), SyncMode.CREATE))
			.withMessage("Entity %s has no partition key: annotate one field with @PrimaryKey (or @Index)",
					NoKey.class.getName());
		assertThat(recorder.requests()).isEmpty();
	}

	@Test
	void tablePrefixIsRespected() {
		SchemaSynchronizer prefixed = synchronizer("p_");

		List<SchemaChange> changes = prefixed.sync(List.of(PrefixedWidget.class), SyncMode.CREATE);

		assertThat(changes).extracting(SchemaChange::table).containsExactly("p_prefixed_widgets");
		assertThat(describe("p_prefixed_widgets").tableName()).isEqualTo("p_prefixed_widgets");
		assertThat(recorder.requests(CreateTableRequest.class)).extracting(CreateTableRequest::tableName)
			.containsExactly("p_prefixed_widgets");
	}

	@Test
	void tenTablesInOneCallAreAllCreatedBeforeWaitingForAny() {
		List<Class<?>> types = List.of(T0.class, T1.class, T2.class, T3.class, T4.class, T5.class, T6.class, T7.class,
				T8.class, T9.class);

		long start = System.nanoTime();
		List<SchemaChange> changes = this.synchronizer.sync(types, SyncMode.CREATE);
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		System.out.println("sync() of 10 new tables took " + took.toMillis() + " ms");
		assertThat(changes).hasSize(10).allSatisfy((change) -> assertThat(change.action()).isEqualTo(Action.CREATED_TABLE));
		List<String> names = recorder.names();
		assertThat(names.lastIndexOf("CreateTable")).isEqualTo(names.indexOf("CreateTable") + 9);
		assertThat(took).isLessThan(Duration.ofSeconds(5));

		recorder.clear();
		start = System.nanoTime();
		assertThat(this.synchronizer.sync(types, SyncMode.CREATE)).extracting(SchemaChange::action)
			.containsOnly(Action.UNCHANGED);
		System.out.println("sync() of 10 existing tables took " + Duration.ofNanos(System.nanoTime() - start).toMillis()
				+ " ms");
		assertThat(recorder.names()).hasSize(10).containsOnly("DescribeTable");
	}

	@Test
	void tableCreatedConcurrentlyByAnotherProcessIsCheckedInsteadOfFailing() {
		String table = this.prefix + "users";
		ExecutionInterceptor otherProcess = new ExecutionInterceptor() {
			@Override
			public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
				if (context.request() instanceof CreateTableRequest request) {
					client.createTable(request);
				}
			}
		};
		try (DynamoDbClient racing = LocalDynamoDb.client(otherProcess)) {
			List<SchemaChange> changes = new SchemaSynchronizer(racing,
					new DynamiteMappingContext(new TableNaming(this.prefix), Set.of()))
				.sync(List.of(User.class), SyncMode.CREATE);

			assertThat(changes).extracting(SchemaChange::table, SchemaChange::action)
				.containsExactly(tuple(table, Action.UNCHANGED));
		}
		assertThat(describe(table).tableStatus()).isEqualTo(TableStatus.ACTIVE);
	}

	@Test
	void unreachableEndpointBecomesDataAccessResourceFailureNamingTableAndEntity() {
		try (DynamoDbClient unreachable = DynamoDbClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + closedPort()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((override) -> override.retryStrategy((retry) -> retry.maxAttempts(1)))
			.build()) {
			SchemaSynchronizer offline = new SchemaSynchronizer(unreachable,
					new DynamiteMappingContext(new TableNaming(this.prefix), Set.of()));

			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> offline.sync(List.of(User.class), SyncMode.CREATE))
				.withMessageStartingWith("Could not describe table '%susers' for entity User: ", this.prefix);
		}
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SchemaSynchronizer synchronizer(String prefix) {
		return new SchemaSynchronizer(client, new DynamiteMappingContext(new TableNaming(prefix), Set.of()));
	}

	private static TableDescription describe(String table) {
		return client.describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
	}

	private static Map<String, ScalarAttributeType> types(TableDescription table) {
		return table.attributeDefinitions()
			.stream()
			.collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeType));
	}

	private static Map<String, GlobalSecondaryIndexDescription> indexes(TableDescription table) {
		return table.globalSecondaryIndexes()
			.stream()
			.collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName, (index) -> index));
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	enum Status {
		OPEN, SHIPPED
	}

	@DynamiteTable
	static class User {
		@PrimaryKey String id;
		String name;
	}

	@DynamiteTable
	static class Reading {
		@PrimaryKey @Name("sensor_id") long sensorId;
		@SortKey Instant at;
		double value;
	}

	@DynamiteTable("readings")
	static class UnsortedReading {
		@PrimaryKey @Name("sensor_id") long sensorId;
	}

	@DynamiteTable
	static class Blob {
		@PrimaryKey byte[] hash;
		@SortKey BigDecimal version;
		SdkBytes payload;
	}

	@DynamiteTable
	static class Order {
		@PrimaryKey UUID id;
		@GlobalIndex String customerId;
		@GlobalIndex(name = "by_status", sortKey = "createdAt") Status status;
		@Name("created_at") long createdAt;
	}

	@DynamiteTable("leaders")
	static class LeaderV1 {
		@PrimaryKey String board;
		@SortKey String player;
		int points;
	}

	@DynamiteTable("leaders")
	static class LeaderV2 {
		@PrimaryKey String board;
		@SortKey String player;
		@LocalIndex(name = "by_points") int points;
	}

	@DynamiteTable("leaders")
	static class LeaderWithTeam {
		@PrimaryKey String board;
		@SortKey String player;
		@GlobalIndex(name = "by_team") String team;
		String nickname;
	}

	@DynamiteTable("leaders")
	static class LeaderWithTeamKeys {
		@PrimaryKey String board;
		@SortKey String player;
		@GlobalIndex(name = "by_team", projection = IndexProjection.INCLUDE, include = "nickname") String team;
		String nickname;
	}

	@DynamiteTable("customers")
	static class CustomerV1 {
		@PrimaryKey String id;
		String email;
	}

	@DynamiteTable("customers")
	static class CustomerV2 {
		@PrimaryKey String id;
		@GlobalIndex String email;
		@GlobalIndex(name = "by_city", sortKey = "name") String city;
		String name;
	}

	@DynamiteTable("customers")
	static class NumericCustomer {
		@PrimaryKey Long id;
	}

	@DynamiteTable("customers")
	static class SortedCustomer {
		@PrimaryKey String id;
		@SortKey int since;
	}

	@DynamiteTable
	static class NoKey {
		String name;
	}

	@DynamiteTable
	static class PrefixedWidget {
		@PrimaryKey String id;
	}

	static class NotAnEntity {
		@PrimaryKey String id;
	}

	@DynamiteTable static class T0 { @PrimaryKey String id; }
	@DynamiteTable static class T1 { @PrimaryKey long id; }
	@DynamiteTable static class T2 { @PrimaryKey String id; @SortKey String at; }
	@DynamiteTable static class T3 { @PrimaryKey UUID id; }
	@DynamiteTable static class T4 { @PrimaryKey String id; @GlobalIndex String email; }
	@DynamiteTable static class T5 { @PrimaryKey int id; @SortKey long version; }
	@DynamiteTable static class T6 { @PrimaryKey String id; @GlobalIndex(sortKey = "at") String kind; Instant at; }
	@DynamiteTable static class T7 { @PrimaryKey String id; }
	@DynamiteTable static class T8 { @PrimaryKey String id; @SortKey String at; }
	@DynamiteTable static class T9 { @PrimaryKey String id; }
}

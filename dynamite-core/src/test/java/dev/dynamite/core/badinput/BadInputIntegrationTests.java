package dev.dynamite.core.badinput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.mapping.MappingException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.model.Document;
import dev.dynamite.core.model.Order;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input, case by case: each is rejected with a clear exception naming the entity, field and value, before any
 * write request, and leaves the tables exactly as they were. Inputs that only look dangerous (reserved words, odd
 * attribute names, injection-looking values) must work and be stored literally.
 */
@ParameterizedClass
@EnumSource(Api.class)
class BadInputIntegrationTests {

	@Parameter
	Api api;


	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
			"TransactWriteItems", "CreateTable", "DeleteTable", "UpdateTable");

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	private static String prefix;

	@BeforeAll
	static void start() {
		prefix = LocalDynamoDb.uniquePrefix("badinput");
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(prefix)
			.tables(Gadget.class, Order.class, Document.class, Shelf.class)
			.build();
		dynamite.sync();
		template = dynamite.template();
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		template = this.api.operations(dynamite);
		template.delete(Gadget.class, Filter.all());
		template.delete(Order.class, Filter.all());
		template.delete(Document.class, Filter.all());
		for (int i = 0; i < 3; i++) {
			Gadget gadget = new Gadget("g" + i, "gadget " + i);
			gadget.setSize(i);
			gadget.setLabels(Set.of("a", "b"));
			template.create(gadget);
			template.create(new Order("c1", i, "open", 10 * i));
		}
		template.save(new Document("d1", "Draft"));
		recorder.clear();
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// --- mapping: rejected when the entity is registered
		cases.add(new Case("entity without partition key", MappingException.class,
				() -> register(BadEntities.NoKey.class), "NoKey", "no partition key", "@PrimaryKey"));
		cases.add(new Case("two partition keys", MappingException.class,
				() -> register(BadEntities.TwoKeys.class), "TwoKeys", "first", "second"));
		cases.add(new Case("two sort keys", MappingException.class,
				() -> register(BadEntities.TwoSortKeys.class), "TwoSortKeys", "'a'", "'b'"));
		cases.add(new Case("unsupported field type without converter", IllegalArgumentException.class,
				() -> template.save(unsupported()), "Unsupported", "worker", "Thread"));
		cases.add(new Case("Map<String, Object> field", IllegalArgumentException.class,
				() -> template.save(rawMap()), "RawMap", "anything", "Object"));
		cases.add(new Case("Boolean partition key", MappingException.class,
				() -> register(BadEntities.BooleanKey.class), "BooleanKey", "flag", "Boolean"));
		cases.add(new Case("GSI sort key naming no field", MappingException.class,
				() -> register(BadEntities.BadIndex.class), "BadIndex", "'x'", "nowhere"));
		cases.add(new Case("local index on a table without sort key", MappingException.class,
				() -> register(BadEntities.LocalIndexWithoutSortKey.class), "LocalIndexWithoutSortKey", "by_rank", "@SortKey"));
		cases.add(new Case("two indexes with one name", MappingException.class,
				() -> register(BadEntities.TwoIndexesOneName.class), "TwoIndexesOneName", "by_owner", "'owner'", "'team'"));
		cases.add(new Case("include without projection INCLUDE", MappingException.class,
				() -> register(BadEntities.IncludeWithoutInclude.class), "IncludeWithoutInclude", "by_owner", "INCLUDE"));
		cases.add(new Case("index including no field", MappingException.class,
				() -> register(BadEntities.IncludeOfNoField.class), "IncludeOfNoField", "by_owner", "'nickname'"));
		cases.add(new Case("@Convert converter of another type", MappingException.class,
				() -> register(BadEntities.ConverterOfAnotherType.class), "ConverterOfAnotherType", "'day'", "EpochDay",
				"java.time.LocalDate"));
		cases.add(new Case("@Convert storing a key as a map", MappingException.class,
				() -> register(BadEntities.MapConvertedKey.class), "MapConvertedKey", "'id'", "M"));
		cases.add(new Case("@Ttl on a String", MappingException.class,
				() -> register(BadEntities.StringTtl.class), "StringTtl", "'expires'", "String", "epoch seconds"));
		cases.add(new Case("two @Ttl fields", MappingException.class,
				() -> register(BadEntities.TwoTtls.class), "TwoTtls", "'first'", "'second'"));
		cases.add(new Case("creation-order index with 0 shards", MappingException.class,
				() -> register(BadEntities.NoShards.class), "NoShards", "shards = 0", "between 1 and 64"));
		cases.add(new Case("@DeleteAt on an Integer", MappingException.class,
				() -> register(BadEntities.NumericDeleteAt.class), "NumericDeleteAt", "'deletedAt'", "Integer"));
		cases.add(new Case("class without @DynamiteTable", IllegalArgumentException.class,
				() -> template.save(new BadEntities.NotATable()), "NotATable", "@DynamiteTable"));
		// --- filters and options
		cases.add(new Case("unknown filter field", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("colour", "red")), "Gadget", "colour"));
		cases.add(new Case("unknown field in an equality map", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Map.of("colour", "red")), "Gadget", "colour"));
		cases.add(new Case("wrong value type for a sort key", IllegalArgumentException.class,
				() -> template.findById(Order.class, Key.of("c1", "seven")), "Order", "number", "seven"));
		cases.add(new Case("wrong value type in a filter", IllegalArgumentException.class,
				() -> template.where(Order.class, Filter.where("total", "lots")), "Order", "total", "lots"));
		cases.add(new Case("empty IN list", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("id", List.of())), "Gadget", "id", "Empty"));
		cases.add(new Case("null inside an IN list", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("id", Arrays.asList("g1", null))), "Gadget", "id", "null"));
		cases.add(new Case("empty string for a key in a filter", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("id", "")), "Gadget", "id", "empty"));
		cases.add(new Case("NaN in a filter", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("score").gt(Double.NaN)), "Gadget", "score", "NaN"));
		cases.add(new Case("begins_with on a number field", IllegalArgumentException.class,
				() -> template.where(Order.class, Filter.where("total").beginsWith("1")), "Order", "total"));
		cases.add(new Case("negative skip", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.all(), QueryOptions.builder().skip(-1).build()), "skip", "-1"));
		cases.add(new Case("negative limit", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.all(), QueryOptions.builder().limit(-5).build()), "limit", "-5"));
		cases.add(new Case("attributes naming an unknown field", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.all(), QueryOptions.builder().attributes("id", "bogus").build()),
				"Gadget", "bogus"));
		// --- keys
		cases.add(new Case("null key on get", IllegalArgumentException.class,
				() -> template.findById(Gadget.class, nothing()), "Gadget", "null"));
		cases.add(new Case("null key on delete", IllegalArgumentException.class,
				() -> template.deleteById(Gadget.class, nothing()), "Gadget", "null"));
		cases.add(new Case("empty string key on get", IllegalArgumentException.class,
				() -> template.findById(Gadget.class, ""), "Gadget", "id", "empty"));
		cases.add(new Case("empty string key on create", IllegalArgumentException.class,
				() -> template.create(new Gadget("", "x")), "Gadget", "id", "empty"));
		cases.add(new Case("null key field on create", IllegalArgumentException.class,
				() -> template.create(new Gadget(null, "x")), "Gadget", "id", "null"));
		cases.add(new Case("null sort key field on save", IllegalArgumentException.class,
				() -> template.save(order(null)), "Order", "number", "null"));
		cases.add(new Case("partition value where a Key.of(partition, sort) is needed", IllegalArgumentException.class,
				() -> template.findById(Order.class, "c1"), "Order", "Key.of(partition, sort)", "c1"));
		cases.add(new Case("sort value for an entity without sort key", IllegalArgumentException.class,
				() -> template.findById(Gadget.class, Key.of("g1", 1)), "Gadget", "sort"));
		cases.add(new Case("partition key over 2048 bytes", IllegalArgumentException.class,
				() -> template.create(new Gadget("k".repeat(2049), "x")), "Gadget", "id", "2048"));
		// --- updates
		cases.add(new Case("update(entity, changes) of a key attribute", IllegalArgumentException.class,
				() -> template.update(new Gadget("g1", "x"), Map.of("id", "other")), "Gadget", "id", "other"));
		cases.add(new Case("update(changes, filter) of a key attribute", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("id", "other"), Filter.all()), "Gadget", "id", "other"));
		cases.add(new Case("update of an unknown field", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("nope", 1), Filter.all()), "Gadget", "nope"));
		cases.add(new Case("update with a wrong value type", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("size", "big"), Filter.all()), "Gadget", "size", "big"));
		cases.add(new Case("update with no changes", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of(), Filter.all()), "Gadget", "No changes"));
		cases.add(new Case("update setting the @Version field", IllegalArgumentException.class,
				() -> template.update(Document.class, Map.of("version", 7), Filter.all()), "Document", "version", "7"));
		cases.add(new Case("update to Infinity", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("score", Double.POSITIVE_INFINITY), Filter.all()), "Gadget",
				"score", "Infinity"));
		// --- values
		cases.add(new Case("NaN number", IllegalArgumentException.class,
				() -> template.create(gadget("n1", g -> g.setScore(Double.NaN))), "Gadget", "score", "NaN"));
		cases.add(new Case("Infinity number", IllegalArgumentException.class,
				() -> template.save(gadget("n2", g -> g.setScore(Double.NEGATIVE_INFINITY))), "Gadget", "score",
				"Infinity"));
		cases.add(new Case("item over 400 KB", IllegalArgumentException.class,
				() -> template.create(gadget("big", g -> g.setName("x".repeat(410 * 1024)))), "Gadget", "big", "400 KB"));
		cases.add(new Case("item over 400 KB inside saveAll: nothing of the batch is written", IllegalArgumentException.class,
				() -> template.saveAll(List.of(new Gadget("ok1", "fine"), gadget("big", g -> g.setName("x".repeat(410 * 1024))),
						new Gadget("ok2", "fine"))), "Gadget", "big", "400 KB"));
		cases.add(new Case("null inside a set", IllegalArgumentException.class,
				() -> template.create(gadget("s1", g -> g.setLabels(new LinkedHashSet<>(Arrays.asList("a", null))))),
				"Gadget", "labels", "null"));
		cases.add(new Case("nesting deeper than DynamoDB's 32 levels", IllegalArgumentException.class,
				() -> template.create(gadget("deep", g -> g.setTree(Gadget.Node.chain(40)))), "Gadget", "tree", "32"));
		cases.add(new Case("null entity", IllegalArgumentException.class, () -> template.create(null), "Entity"));
		cases.add(new Case("null filter", IllegalArgumentException.class,
				() -> template.where(Gadget.class, (Filter) null), "Filter", "Filter.all()"));
		// --- transactions
		cases.add(new Case("two transaction actions on one item", IllegalArgumentException.class,
				() -> template.transaction(tx -> tx.save(new Gadget("g1", "a")).update(new Gadget("g1", "b"), Map.of("size", 1))),
				"Gadget", "g1", "Action 2", "action 1"));
		cases.add(new Case("transaction over 100 actions", IllegalArgumentException.class, () -> template.transaction(tx -> {
			for (int i = 0; i < 101; i++) {
				tx.create(new Gadget("tx" + i, "x"));
			}
		}), "100", "101", "nothing was sent"));
		// --- values that do not fit their field: never written, never compared
		cases.add(new Case("update(changes, filter) with a string for a list field", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("tags", "notalist"), Filter.where("id", "g1")), "Gadget", "tags",
				"notalist", "java.util.List<java.lang.String>"));
		cases.add(new Case("update(entity, changes) with a string for a list field", IllegalArgumentException.class,
				() -> template.update(new Gadget("g1", "x"), Map.of("tags", "oops")), "Gadget", "tags", "oops", "List"));
		cases.add(new Case("'yes' for a Boolean in a filter", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("active", "yes")), "Gadget", "active", "yes", "Boolean"));
		cases.add(new Case("a word for a number in an equality map", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Map.of("size", "big")), "Gadget", "size", "big", "Integer"));
		cases.add(new Case("a fraction for an Integer field", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("size", 2.5), Filter.all()), "Gadget", "size", "2.5", "Integer"));
		cases.add(new Case("a number for a String field", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("name", 42), Filter.all()), "Gadget", "name", "42", "String"));
		cases.add(new Case("a single value for a list field in an equality", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("tags").ne("a")), "Gadget", "tags", "'a'", "List"));
		cases.add(new Case("a @Default literal that does not fit its field", IllegalArgumentException.class,
				() -> template.create(badDefault()), "BadDefault", "flag", "yes", "Boolean"));
		cases.add(new Case("null for a field every item has (a primitive)", IllegalArgumentException.class,
				() -> template.update(Order.class, nullChange("total"), Filter.where("customer", "c1")), "Order", "total",
				"null"));
		// --- DynamoDB's limits on numbers, names and keys
		cases.add(new Case("a number with 39 significant digits", IllegalArgumentException.class,
				() -> template.create(gadget("n39", g -> g.setAmount(new BigDecimal("1".repeat(39))))), "Gadget", "amount",
				"38 significant digits"));
		cases.add(new Case("Double.MAX_VALUE", IllegalArgumentException.class,
				() -> template.create(gadget("max", g -> g.setScore(Double.MAX_VALUE))), "Gadget", "score", "9.99E+125"));
		cases.add(new Case("Double.MIN_VALUE", IllegalArgumentException.class,
				() -> template.create(gadget("min", g -> g.setScore(Double.MIN_VALUE))), "Gadget", "score", "1E-130"));
		cases.add(new Case("1E+200 as a filter operand", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("amount").gt(new BigDecimal("1E+200"))), "Gadget", "amount",
				"9.99E+125"));
		cases.add(new Case("a 39-digit number at item 60 of saveAll(100): nothing of the batch is written",
				IllegalArgumentException.class, () -> template.saveAll(hundredWithBadNumberAt(60)), "Gadget", "amount",
				"38 significant digits"));
		cases.add(new Case("an empty map key", IllegalArgumentException.class,
				() -> template.create(gadget("mk", g -> g.setAttrs(Map.of("", "v")))), "Gadget", "attrs", "empty"));
		cases.add(new Case("an empty map key in an update", IllegalArgumentException.class,
				() -> template.update(Gadget.class, Map.of("attrs", Map.of("", "v")), Filter.all()), "Gadget", "attrs",
				"empty"));
		cases.add(new Case("partition key over 2048 bytes in findById", IllegalArgumentException.class,
				() -> template.findById(Gadget.class, "k".repeat(2049)), "Gadget", "id", "2048"));
		cases.add(new Case("partition key over 2048 UTF-8 bytes in a filter", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("id", "\u00e9".repeat(1025))), "Gadget", "id", "2050 bytes", "2048"));
		cases.add(new Case("sort key over 1024 bytes on save", IllegalArgumentException.class,
				() -> template.save(new Shelf("a", "s".repeat(1025))), "Shelf", "slot", "1024"));
		cases.add(new Case("sort key over 1024 bytes in a key condition", IllegalArgumentException.class,
				() -> template.where(Shelf.class, Filter.where("aisle", "a").and("slot").ge("s".repeat(1025))), "Shelf",
				"slot", "1024"));
		cases.add(new Case("GSI partition key over 2048 bytes on save", IllegalArgumentException.class,
				() -> template.save(new Order("c1", 99, "s".repeat(2049), 1)), "Order", "status", "2048"));
		cases.add(new Case("deleteAll(entities) with one null key: nothing is deleted", IllegalArgumentException.class,
				() -> template.deleteAll(List.of(new Gadget("g0", "x"), new Gadget("g1", "x"), new Gadget(null, "x"))),
				"Gadget", "id", "null"));
		cases.add(new Case("a 39-digit number in a transaction: nothing is sent", IllegalArgumentException.class,
				() -> template.transaction(tx -> tx.save(new Gadget("t1", "x"))
					.save(gadget("t2", g -> g.setAmount(new BigDecimal("9".repeat(39)))))), "Gadget", "amount", "38"));
		// --- filters DynamoDB would refuse
		cases.add(new Case("reversed between", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("size").between(4, 1)), "Gadget", "size", "reversed", "4",
				"1"));
		cases.add(new Case("reversed between on a sort key", IllegalArgumentException.class,
				() -> template.where(Order.class, Filter.where("customer", "c1").and("number").between(4, 1)), "Order",
				"number", "reversed"));
		cases.add(new Case("ne(null) points to exists()", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("status").ne(nothing())), "Gadget", "status", "exists()"));
		cases.add(new Case("notContains with a collection", IllegalArgumentException.class,
				() -> template.where(Gadget.class, Filter.where("labels").notContains(Set.of("a", "b"))), "Gadget",
				"labels", "one element"));
		// --- tables
		// only DynamoDB knows the table is missing: its PutItem is refused, nothing is written
		cases.add(new Case("missing table with sync=none", InvalidDataAccessResourceUsageException.class,
				BadInputIntegrationTests::useUnsyncedTable, "does not exist", "sync", "nosuchprefix_gadgets"));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rejectedClearlyBeforeAnyWriteWithTablesUnchanged(Case bad) {
		Map<String, List<Map<String, AttributeValue>>> before = snapshot();
		recorder.clear();
		assertThatThrownBy(bad.action()).as(bad.name()).isInstanceOf(bad.type()).satisfies(ex -> {
			for (String fragment : bad.fragments()) {
				assertThat(ex.getMessage()).as("message of '%s'", bad.name()).contains(fragment);
			}
		});
		assertThat(recorder.names()).as("requests of '%s'", bad.name()).noneMatch(WRITES::contains);
		assertThat(snapshot()).as("tables after '%s'", bad.name()).isEqualTo(before);
	}

	@Test
	void atLeastSeventyKindsAreCovered() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(70);
	}

	@Test
	void theHintForNeNullPointsToExistsNotToNotExists() {
		assertThatThrownBy(() -> template.where(Gadget.class, Filter.where("status").ne(nothing())))
			.hasMessageContaining("Filter.where(\"status\").exists()")
			.hasMessageNotContaining("notExists");
	}

	@Test
	void reservedWordsAndOddAttributeNamesWork() {
		Gadget gadget = new Gadget("rw", "name is reserved");
		gadget.setSize(42);
		gadget.setStatus("status too");
		gadget.setOdd("hash, colon and spaces");
		template.create(gadget);
		assertThat(template.where(Gadget.class, Filter.where("name", "name is reserved").and("size", 42)
			.and("status", "status too").and("odd", "hash, colon and spaces"))).extracting(Gadget::getId).containsExactly("rw");
		assertThat(template.update(Gadget.class, Map.of("odd", "changed", "size", 43), Filter.where("odd").beginsWith("hash")))
			.isEqualTo(1);
		Gadget stored = template.findById(Gadget.class, "rw").orElseThrow();
		assertThat(stored.getOdd()).isEqualTo("changed");
		assertThat(stored.getSize()).isEqualTo(43);
		Map<String, AttributeValue> raw = dynamite.client()
			.getItem(r -> r.tableName(prefix + "gadgets").key(Map.of("id", AttributeValue.fromS("rw"))))
			.item();
		assertThat(raw).containsKeys("my #odd: name", "name", "size", "status");
		assertThat(template.where(Gadget.class, Filter.all(), QueryOptions.builder().attributes("odd", "size").build()))
			.filteredOn(g -> "rw".equals(g.getId()) || g.getOdd() != null).extracting(Gadget::getOdd).containsExactly("changed");
		assertThat(template.delete(Gadget.class, Filter.where("odd", "changed"))).isEqualTo(1);
	}

	@Test
	void injectionLookingValuesAreStoredAndMatchedLiterally() {
		List<String> values = List.of("x) OR attribute_exists(id", "#n0", ":v0", "' OR '1'='1", "${jndi:ldap://x/a}",
				"id = :v0 OR size > 0", "\"quoted\" \\ back", "line\nbreak", "<script>alert(1)</script>", "😀 ünïcode");
		int i = 0;
		for (String value : values) {
			Gadget gadget = new Gadget(value, value);
			gadget.setStatus(value);
			gadget.setAttrs(Map.of(value, value));
			gadget.setLabels(Set.of(value));
			template.create(gadget);
			i++;
		}
		assertThat(template.count(Gadget.class, Filter.all())).isEqualTo(3 + values.size());
		for (String value : values) {
			assertThat(template.where(Gadget.class, Filter.where("status", value))).extracting(Gadget::getId)
				.containsExactly(value);
			assertThat(template.where(Gadget.class, Filter.where("labels").contains(value))).hasSize(1);
			Gadget stored = template.findById(Gadget.class, value).orElseThrow();
			assertThat(stored.getName()).isEqualTo(value);
			assertThat(stored.getAttrs()).containsEntry(value, value);
		}
		assertThat(template.where(Gadget.class, Filter.where("status", "x"))).isEmpty();
		assertThat(template.delete(Gadget.class, Filter.where("id", values))).isEqualTo(values.size());
		assertThat(template.count(Gadget.class, Filter.all())).isEqualTo(3);
	}

	@Test
	void emptySetsAndDuplicateSetValuesAreStoredAsSets() {
		Gadget empty = gadget("empty-set", g -> g.setLabels(Set.of()));
		template.create(empty);
		assertThat(template.findById(Gadget.class, "empty-set").orElseThrow().getLabels()).isNullOrEmpty();
		// a list with duplicates given for a set field becomes the set of its distinct values
		assertThat(template.update(Gadget.class, Map.of("labels", List.of("x", "x", "y")), Filter.where("id", "empty-set")))
			.isEqualTo(1);
		assertThat(template.findById(Gadget.class, "empty-set").orElseThrow().getLabels()).containsExactlyInAnyOrder("x", "y");
	}

	private static Map<String, List<Map<String, AttributeValue>>> snapshot() {
		Map<String, List<Map<String, AttributeValue>>> tables = new HashMap<>();
		for (String table : List.of("gadgets", "orders", "docs", "shelfs")) {
			List<Map<String, AttributeValue>> items = new ArrayList<>(LocalDynamoDb.client()
				.scanPaginator(ScanRequest.builder().tableName(prefix + table).consistentRead(true).build())
				.items()
				.stream()
				.toList());
			items.sort(Comparator.comparing(Object::toString));
			tables.put(table, items);
		}
		return tables;
	}

	private static void register(Class<?> type) {
		Dynamite.builder().client(LocalDynamoDb.client()).tablePrefix(prefix).tables(type).build();
	}

	private static void useUnsyncedTable() {
		// its own client: the refused PutItem is the one request the check needs (and it writes nothing)
		try (Dynamite unsynced = Dynamite.builder()
			.client(LocalDynamoDb.client())
			.tablePrefix("nosuchprefix_")
			.tables(Gadget.class)
			.build()) {
			unsynced.template().create(new Gadget("x", "y"));
		}
	}

	private static BadEntities.BadDefault badDefault() {
		BadEntities.BadDefault value = new BadEntities.BadDefault();
		value.id = "d1";
		return value;
	}

	private static Map<String, Object> nullChange(String field) {
		Map<String, Object> changes = new HashMap<>();
		changes.put(field, null);
		return changes;
	}

	private static List<Gadget> hundredWithBadNumberAt(int bad) {
		List<Gadget> gadgets = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			Gadget gadget = new Gadget("batch" + i, "gadget");
			gadget.setAmount(i == bad ? new BigDecimal("1".repeat(39)) : BigDecimal.valueOf(i));
			gadgets.add(gadget);
		}
		return gadgets;
	}

	private static BadEntities.Unsupported unsupported() {
		BadEntities.Unsupported value = new BadEntities.Unsupported();
		value.id = "u1";
		return value;
	}

	private static BadEntities.RawMap rawMap() {
		BadEntities.RawMap value = new BadEntities.RawMap();
		value.id = "r1";
		return value;
	}

	@SuppressWarnings("NullAway")
	private static Object nothing() {
		return null;
	}

	private static Order order(Integer number) {
		Order order = new Order("c1", 0, "open", 1);
		order.setNumber(number);
		return order;
	}

	private static Gadget gadget(String id, java.util.function.Consumer<Gadget> setup) {
		Gadget gadget = new Gadget(id, "gadget");
		setup.accept(gadget);
		return gadget;
	}

	record Case(String name, Class<? extends Throwable> type, ThrowingCallable action, String... fragments) {

		@Override
		public String toString() {
			return this.name;
		}
	}
}

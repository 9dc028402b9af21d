package dev.dynamite.mapping.singletable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dynamite.mapping.CompositeTemplate;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.IndexTemplate;
import dev.dynamite.mapping.InvalidEntityException;
import dev.dynamite.mapping.KeyTemplate;
import dev.dynamite.mapping.KeyValueEncoding;
import dev.dynamite.mapping.SingleTableDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Single-table design's mapping: key templates parsed against the entity, values encoded so that string order is
 * value order and a '#' inside a value cannot end its segment, and every template mistake reported at start-up.
 */
class SingleTableMappingTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private SingleTableDefinition definition(Class<?> type) {
		return this.context.getRequiredPersistentEntity(type).getSingleTable();
	}

	@Test
	void keyTemplatesComposeTheKeyFromEncodedFields() {
		SingleTableDefinition order = definition(ShopOrder.class);
		DynamitePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(ShopOrder.class);
		ShopOrder value = new ShopOrder("c#1", Instant.parse("2026-12-07T10:15:30.5Z"), "o1", 3);

		assertThat(order.tableName()).isEqualTo("shop");
		assertThat(order.type()).isEqualTo("Order");
		assertThat(order.discriminator()).isEqualTo("_type");
		assertThat(order.partition().compose((p) -> entity.getPropertyAccessor(value).getProperty(p)))
			.isEqualTo("CUSTOMER#c\\#1");
		assertThat(order.sort().compose((p) -> entity.getPropertyAccessor(value).getProperty(p)))
			.isEqualTo("ORDER#2026-12-07T10:15:30.500000000Z#o1");
		assertThat(order.indexes()).singleElement().satisfies((index) -> {
			assertThat(index.partitionAttribute()).isEqualTo("gsi1pk");
			assertThat(index.sortAttribute()).isEqualTo("gsi1sk");
			assertThat(index.sort().compose((p) -> entity.getPropertyAccessor(value).getProperty(p)))
				.isEqualTo("LINES#" + KeyValueEncoding.encode(3));
		});
	}

	@Test
	void aNullTemplateFieldIsAnErrorNamingTheField() {
		DynamitePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(ShopOrder.class);
		ShopOrder value = new ShopOrder("c1", null, "o1", 1);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> definition(ShopOrder.class).sort()
				.compose((p) -> entity.getPropertyAccessor(value).getProperty(p)))
			.withMessage("Entity ShopOrder: field 'orderedAt' is null, but the key template "
					+ "'ORDER#{orderedAt}#{orderId}' needs it");
	}

	@Test
	void wholeNumbersEncodeInFixedWidthSoStringOrderIsNumericOrder() {
		List<Long> numbers = List.of(Long.MIN_VALUE, -100L, -5L, -1L, 0L, 3L, 12L, 100L, Long.MAX_VALUE);
		List<String> encoded = new ArrayList<>();
		numbers.forEach((n) -> encoded.add(KeyValueEncoding.encode(n)));

		assertThat(encoded).allSatisfy((text) -> assertThat(text).hasSize(20).containsOnlyDigits());
		assertThat(encoded).isSorted();
		assertThat(KeyValueEncoding.encode(7)).isEqualTo(KeyValueEncoding.encode(7L));
	}

	@Test
	void instantsEncodeWithNineFractionDigitsSoStringOrderIsTimeOrder() {
		List<Instant> times = List.of(Instant.parse("2026-12-07T10:15:30Z"), Instant.parse("2026-12-07T10:15:30.000000001Z"),
				Instant.parse("2026-12-07T10:15:30.5Z"), Instant.parse("2026-12-07T10:15:31Z"));
		List<String> encoded = times.stream().map(KeyValueEncoding::encode).toList();

		assertThat(encoded).isSorted().allSatisfy((text) -> assertThat(text).hasSize(30));
	}

	@Test
	void aHashInsideAValueCannotMatchAnotherSegmentOrType() {
		// a customer id that looks like "another customer + an order segment"
		String tricky = KeyValueEncoding.escape("a#ORDER#1");
		String customerA = "CUSTOMER#" + KeyValueEncoding.escape("a") + "#";

		assertThat(tricky).isEqualTo("a\\#ORDER\\#1");
		assertThat("CUSTOMER#" + tricky).doesNotStartWith(customerA);
		assertThat(KeyValueEncoding.escape("back\\slash")).isEqualTo("back\\\\slash");
	}

	@Test
	void equalitiesOnLeadingFieldsGiveTheKeyPrefixAndTheNextField() {
		SingleTableDefinition order = definition(ShopOrder.class);
		DynamitePersistentEntity<?> entity = this.context.getRequiredPersistentEntity(ShopOrder.class);

		CompositeTemplate.Prefix none = order.sort().prefix(Map.of());
		CompositeTemplate.Prefix partial = order.sort().prefix(Map.of(entity.getRequiredField("orderedAt"),
				Instant.parse("2026-01-01T00:00:00Z")));

		assertThat(none.text()).isEqualTo("ORDER#");
		assertThat(none.next().getName()).isEqualTo("orderedAt");
		assertThat(partial.text()).isEqualTo("ORDER#2026-01-01T00:00:00.000000000Z#");
		assertThat(partial.next().getName()).isEqualTo("orderId");
		assertThat(order.partition().prefix(Map.of(entity.getRequiredField("customerId"), "c1")).complete()).isTrue();
		assertThat(order.sort().literalPrefix()).isEqualTo("ORDER#");
	}

	@Test
	void templateMistakesAreStartUpErrors() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(UnknownField.class))
			.withMessageContaining("@KeyTemplate partition template 'X#{nope}' names 'nope', which is no field");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(SideBySide.class))
			.withMessageContaining("puts two placeholders side by side");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(DecimalKey.class))
			.withMessageContaining("names 'amount' of type BigDecimal, which has no order-preserving key form");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(NoType.class))
			.withMessageContaining("@KeyTemplate needs @DynamiteTable(value = \"<shared table>\", type = \"<type name>\")");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(TypeWithoutTemplate.class))
			.withMessageContaining("has no @KeyTemplate");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(FieldNamedPk.class))
			.withMessageContaining("field 'pk' is stored as 'pk', the shared table's key or type attribute");
	}

	@Test
	void aSharedTableEntityRefusesTheKeyAndIndexAnnotationsOfATableOfItsOwn() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(OwnKeyInSharedTable.class))
			.withMessageContaining("field 'id' has @PrimaryKey, but the entity lives in the shared table 'shop' "
					+ "(@KeyTemplate)");
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> definition(IndexedCreation.class))
			.withMessageContaining("@CreatedAt(indexed = true) on 'createdAt' is not available in a shared table");
	}

	@Test
	void aRelationToOrFromASharedTableEntityIsRefusedNamingBoth() {
		assertThatExceptionOfType(InvalidEntityException.class)
			.isThrownBy(() -> this.context.getRelations(this.context.getRequiredPersistentEntity(OwnTableWithRelation.class)))
			.withMessageContaining("targets ShopOrder, which lives in the shared table 'shop' (@KeyTemplate)");
	}

	@Test
	void instantsOutsideFourDigitYearsHaveNoKeyForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyValueEncoding.encode(Instant.parse("+10000-01-01T00:00:00Z")))
			.withMessageContaining("year outside 0000-9999");
	}

	@DynamiteTable(value = "shop", type = "Order")
	@KeyTemplate(partition = "CUSTOMER#{customerId}", sort = "ORDER#{orderedAt}#{orderId}")
	@IndexTemplate(name = "gsi1", partition = "ORDER#{orderId}", sort = "LINES#{lines}")
	public static class ShopOrder {

		String customerId;

		Instant orderedAt;

		String orderId;

		int lines;

		public ShopOrder() {
		}

		ShopOrder(String customerId, Instant orderedAt, String orderId, int lines) {
			this.customerId = customerId;
			this.orderedAt = orderedAt;
			this.orderId = orderId;
			this.lines = lines;
		}
	}

	@DynamiteTable(value = "shop", type = "K")
	@KeyTemplate(partition = "K#{id}", sort = "K")
	public static class OwnKeyInSharedTable {

		@dev.dynamite.mapping.PrimaryKey
		private String id;
	}

	@DynamiteTable(value = "shop", type = "I")
	@KeyTemplate(partition = "I#{id}", sort = "I")
	public static class IndexedCreation {

		private String id;

		@dev.dynamite.mapping.CreatedAt(indexed = true)
		private Instant createdAt;
	}

	@DynamiteTable("own")
	public static class OwnTableWithRelation {

		@dev.dynamite.mapping.PrimaryKey
		private String id;

		private String orderId;

		@dev.dynamite.mapping.BelongsTo(target = ShopOrder.class, foreignKey = "orderId")
		private ShopOrder order;
	}

	@DynamiteTable(value = "shop", type = "X")
	@KeyTemplate(partition = "X#{nope}", sort = "X")
	public static class UnknownField {

		String id;
	}

	@DynamiteTable(value = "shop", type = "Y")
	@KeyTemplate(partition = "Y#{a}{b}", sort = "Y")
	public static class SideBySide {

		String a;

		String b;
	}

	@DynamiteTable(value = "shop", type = "Z")
	@KeyTemplate(partition = "Z#{amount}", sort = "Z")
	public static class DecimalKey {

		BigDecimal amount;
	}

	@DynamiteTable("shop")
	@KeyTemplate(partition = "N#{id}", sort = "N")
	public static class NoType {

		String id;
	}

	@DynamiteTable(value = "shop", type = "T")
	public static class TypeWithoutTemplate {

		@dev.dynamite.mapping.PrimaryKey
		String id;
	}

	@DynamiteTable(value = "shop", type = "P")
	@KeyTemplate(partition = "P#{id}", sort = "P")
	public static class FieldNamedPk {

		String id;

		String pk;
	}
}

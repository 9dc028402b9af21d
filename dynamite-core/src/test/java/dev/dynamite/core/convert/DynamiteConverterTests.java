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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mapping.PersistentPropertyAccessor;

import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentProperty;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.Name;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.TableNaming;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DynamiteConverterTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final DynamiteConverter converter = new DynamiteConverter(this.context);

	// ---------------------------------------------------------------- scalars

	@Test
	void writesScalarsAsTheDocumentedAttributeTypes() {
		Everything entity = Everything.sample();
		Map<String, AttributeValue> item = this.converter.write(entity);

		assertThat(item.get("id")).isEqualTo(AttributeValue.fromS("e-1"));
		assertThat(item.get("count")).isEqualTo(AttributeValue.fromN("7"));
		assertThat(item.get("total")).isEqualTo(AttributeValue.fromN("9000000000"));
		assertThat(item.get("price")).isEqualTo(AttributeValue.fromN("12.50"));
		assertThat(item.get("huge")).isEqualTo(AttributeValue.fromN("123456789012345678901234567890"));
		assertThat(item.get("active")).isEqualTo(AttributeValue.fromBool(true));
		assertThat(item.get("role")).isEqualTo(AttributeValue.fromS("ADMIN"));
		assertThat(item.get("uuid")).isEqualTo(AttributeValue.fromS(entity.uuid.toString()));
		assertThat(item.get("instant")).isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05.123Z"));
		assertThat(item.get("localDate")).isEqualTo(AttributeValue.fromS("2024-01-02"));
		assertThat(item.get("localDateTime")).isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05"));
		assertThat(item.get("offsetDateTime")).isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05+02:00"));
		assertThat(item.get("zonedDateTime"))
			.isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05+01:00[Europe/Paris]"));
		assertThat(item.get("localTime")).isEqualTo(AttributeValue.fromS("03:04:05"));
		assertThat(item.get("duration")).isEqualTo(AttributeValue.fromN("90.500000000"));
		assertThat(item.get("bytes")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2, 3 })));
		assertThat(item.get("sdkBytes")).isEqualTo(AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
	}

	@Test
	void roundTripsEveryScalarType() {
		Everything entity = Everything.sample();
		Everything read = this.converter.read(Everything.class, this.converter.write(entity));
		assertThat(read).usingRecursiveComparison().isEqualTo(entity);
		assertThat(read.bytes).containsExactly(1, 2, 3);
	}

	@Test
	void roundTripsPrimitives() {
		Primitives entity = new Primitives();
		entity.id = "p";
		entity.i = -3;
		entity.l = Long.MAX_VALUE;
		entity.s = 12;
		entity.b = -8;
		entity.d = 2.25;
		entity.f = 1.5f;
		entity.flag = true;
		entity.c = 'x';
		Map<String, AttributeValue> item = this.converter.write(entity);
		assertThat(item.get("l")).isEqualTo(AttributeValue.fromN(String.valueOf(Long.MAX_VALUE)));
		assertThat(item.get("c")).isEqualTo(AttributeValue.fromS("x"));
		assertThat(this.converter.read(Primitives.class, item)).usingRecursiveComparison().isEqualTo(entity);
	}

	// ---------------------------------------------------------------- write / read rules

	@Test
	void omitsNullFieldsAndTransientFields() {
		Everything entity = new Everything();
		entity.id = "e-2";
		entity.secret = "never stored";
		Map<String, AttributeValue> item = this.converter.write(entity);
		assertThat(item).containsOnlyKeys("id");
	}

	@Test
	void absentAttributesLeaveFieldsNullAndPrimitivesAtTheirDefault() {
		Primitives primitives = this.converter.read(Primitives.class, Map.of("id", AttributeValue.fromS("p")));
		assertThat(primitives.id).isEqualTo("p");
		assertThat(primitives.i).isZero();
		assertThat(primitives.flag).isFalse();

		Everything everything = this.converter.read(Everything.class, Map.of("id", AttributeValue.fromS("e")));
		assertThat(everything.count).isNull();
		assertThat(everything.tags).isNull();

		Point point = this.converter.read(Point.class, Map.of("label", AttributeValue.fromS("origin")));
		assertThat(point).isEqualTo(new Point(0, 0, "origin"));
	}

	@Test
	void ignoresUnknownAttributesAndReadsNulAsNull() {
		Map<String, AttributeValue> item = new HashMap<>();
		item.put("id", AttributeValue.fromS("e"));
		item.put("count", AttributeValue.fromNul(true));
		item.put("somethingElse", AttributeValue.fromS("ignored"));
		Everything read = this.converter.read(Everything.class, item);
		assertThat(read.id).isEqualTo("e");
		assertThat(read.count).isNull();
	}

	@Test
	void usesNameAnnotationForTheAttributeName() {
		User user = new User();
		user.setId("u1");
		user.setEmail("a@example.com");
		user.setAge(30);
		Map<String, AttributeValue> item = this.converter.write(user);
		assertThat(item).containsOnlyKeys("id", "email_address", "age");
		User read = this.converter.read(User.class, item);
		assertThat(read.getEmail()).isEqualTo("a@example.com");
		assertThat(read.getAge()).isEqualTo(30);
	}

	// ---------------------------------------------------------------- collections

	@Test
	void storesSetsOfStringsNumbersAndBinariesAsDynamoSetsAndOtherCollectionsAsLists() {
		Everything entity = Everything.sample();
		Map<String, AttributeValue> item = this.converter.write(entity);
		assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
		assertThat(item.get("scores").ns()).containsExactlyInAnyOrder("1", "2", "3");
		assertThat(item.get("blobs").bs()).containsExactly(SdkBytes.fromUtf8String("x"));
		assertThat(item.get("roles").l()).containsExactly(AttributeValue.fromS("ADMIN"));
		assertThat(item.get("names").l()).containsExactly(AttributeValue.fromS("x"), AttributeValue.fromS("y"),
				AttributeValue.fromS("x"));
		assertThat(item.get("numbers").l()).containsExactly(AttributeValue.fromN("4"), AttributeValue.fromN("5"));
	}

	@Test
	void omitsEmptySetsButKeepsEmptyListsAndMaps() {
		Everything entity = new Everything();
		entity.id = "e";
		entity.tags = Set.of();
		entity.scores = new LinkedHashSet<>();
		entity.names = List.of();
		entity.counts = Map.of();
		Map<String, AttributeValue> item = this.converter.write(entity);
		assertThat(item).containsOnlyKeys("id", "names", "counts");
		assertThat(item.get("names").l()).isEmpty();
		assertThat(item.get("counts").m()).isEmpty();
	}

	@Test
	void storesMapsAsDynamoMaps() {
		Everything entity = Everything.sample();
		Map<String, AttributeValue> item = this.converter.write(entity);
		assertThat(item.get("counts").m()).containsEntry("x", AttributeValue.fromN("1"));
		assertThat(item.get("byRole").m()).containsEntry("ADMIN", AttributeValue.fromS("root"));
		assertThat(item.get("addressBook").m().get("home").m()).containsEntry("city", AttributeValue.fromS("Paris"));
	}

	// ---------------------------------------------------------------- nested beans and records

	@Test
	void storesNestedBeansAndRecordsAsMapsRecursively() {
		Everything entity = Everything.sample();
		Map<String, AttributeValue> item = this.converter.write(entity);
		Map<String, AttributeValue> address = item.get("address").m();
		assertThat(address).containsEntry("city", AttributeValue.fromS("Paris"));
		assertThat(address.get("location").m()).containsEntry("x", AttributeValue.fromN("1"))
			.containsEntry("label", AttributeValue.fromS("office"));
		assertThat(item.get("addresses").l()).hasSize(2);
		assertThat(item.get("addresses").l().get(1).m()).containsEntry("city", AttributeValue.fromS("Lyon"));
	}

	@Test
	void roundTripsRecordsWithNestedRecordsAndCollections() {
		Trip trip = new Trip("t1", new Point(1, 2, "start"), List.of(new Point(3, 4, "a"), new Point(5, 6, "b")),
				Map.of("end", new Point(7, 8, "z")), Set.of("fast"), 3);
		Map<String, AttributeValue> item = this.converter.write(trip);
		assertThat(item.get("start").m()).containsEntry("y", AttributeValue.fromN("2"));
		assertThat(this.converter.read(Trip.class, item)).isEqualTo(trip);
	}

	@Test
	void roundTripsSelfReferencingEntities() {
		Node root = new Node();
		root.name = "root";
		Node child = new Node();
		child.name = "child";
		root.children = new ArrayList<>(List.of(child));
		root.parent = null;
		Node read = this.converter.read(Node.class, this.converter.write(root));
		assertThat(read.name).isEqualTo("root");
		assertThat(read.children).singleElement().satisfies((c) -> assertThat(c.name).isEqualTo("child"));
	}

	@Test
	void createsConstructorBoundClassesAndSetsTheRemainingFields() {
		Account account = new Account("a1", 42L);
		account.note = "hello";
		Account read = this.converter.read(Account.class, this.converter.write(account));
		assertThat(read.id).isEqualTo("a1");
		assertThat(read.balance).isEqualTo(42L);
		assertThat(read.note).isEqualTo("hello");
	}

	// ---------------------------------------------------------------- user converters

	@Test
	void prefersUserConvertersOverBuiltInOnes() {
		List<AttributeConverter<?>> converters = List.of(new MoneyConverter(), new EpochMillisConverter());
		DynamiteMappingContext customContext = new DynamiteMappingContext(TableNaming.defaults(),
				DynamiteConverter.customValueTypes(converters));
		DynamiteConverter custom = new DynamiteConverter(customContext, converters);

		Invoice invoice = new Invoice();
		invoice.id = "i1";
		invoice.amount = new Money(1250, "EUR");
		invoice.issuedAt = Instant.ofEpochMilli(1_700_000_000_123L);
		invoice.history = List.of(new Money(1, "USD"));
		Map<String, AttributeValue> item = custom.write(invoice);

		assertThat(item.get("amount")).isEqualTo(AttributeValue.fromS("1250 EUR"));
		assertThat(item.get("issuedAt")).isEqualTo(AttributeValue.fromN("1700000000123"));
		assertThat(item.get("history").l()).containsExactly(AttributeValue.fromS("1 USD"));
		assertThat(custom.read(Invoice.class, item)).usingRecursiveComparison().isEqualTo(invoice);
		assertThat(custom.toAttributeValue(property(customContext, Invoice.class, "issuedAt"),
				Instant.ofEpochMilli(5))).isEqualTo(AttributeValue.fromN("5"));
	}

	@Test
	void derivesCustomValueTypesFromTheConverters() {
		assertThat(DynamiteConverter.customValueTypes(List.of(new MoneyConverter(), new EpochMillisConverter())))
			.containsExactly(Money.class, Instant.class);
	}

	// ---------------------------------------------------------------- toAttributeValue / fromAttributeValue

	@Test
	void coercesValuesToTheFieldTypeInToAttributeValue() {
		UUID uuid = UUID.randomUUID();
		assertThat(toAttributeValue("total", 18)).isEqualTo(AttributeValue.fromN("18"));
		assertThat(toAttributeValue("count", "18")).isEqualTo(AttributeValue.fromN("18"));
		assertThat(toAttributeValue("uuid", uuid.toString())).isEqualTo(AttributeValue.fromS(uuid.toString()));
		assertThat(toAttributeValue("role", "ADMIN")).isEqualTo(AttributeValue.fromS("ADMIN"));
		assertThat(toAttributeValue("role", Role.USER)).isEqualTo(AttributeValue.fromS("USER"));
		assertThat(toAttributeValue("instant", "2024-01-02T03:04:05Z"))
			.isEqualTo(AttributeValue.fromS("2024-01-02T03:04:05Z"));
		assertThat(toAttributeValue("localDate", "2024-01-02")).isEqualTo(AttributeValue.fromS("2024-01-02"));
		assertThat(toAttributeValue("price", 3)).isEqualTo(AttributeValue.fromN("3"));
		assertThat(toAttributeValue("active", "true")).isEqualTo(AttributeValue.fromBool(true));
	}

	@Test
	void convertsASingleValueForACollectionFieldOnlyAsAnElement() {
		assertThat(toElementAttributeValue("tags", "a")).isEqualTo(AttributeValue.fromS("a"));
		assertThat(toElementAttributeValue("scores", "5")).isEqualTo(AttributeValue.fromN("5"));
		assertThat(toElementAttributeValue("roles", "ADMIN")).isEqualTo(AttributeValue.fromS("ADMIN"));
		// as the whole field's value (an update, an equality) a single value does not fit a collection
		assertThatIllegalArgumentException().isThrownBy(() -> toAttributeValue("tags", "a"))
			.withMessageContainingAll("'a'", "'tags'", "Everything", "java.util.Set<java.lang.String>", "not a collection");
		assertThat(toAttributeValue("tags", List.of("a", "b", "a")).ss()).containsExactly("a", "b");
		assertThat(toAttributeValue("scores", List.of(1L, 2L)).ns()).containsExactly("1", "2");
		assertThat(toAttributeValue("tags", Set.of())).isEqualTo(AttributeValue.fromNul(true));
	}

	@Test
	void convertsNullToNul() {
		assertThat(toAttributeValue("count", null)).isEqualTo(AttributeValue.fromNul(true));
	}

	@Test
	void readsSingleAttributeValues() {
		DynamitePersistentProperty instant = property(this.context, Everything.class, "instant");
		assertThat(this.converter.fromAttributeValue(instant, AttributeValue.fromS("2024-01-02T03:04:05Z")))
			.isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
		assertThat(this.converter.fromAttributeValue(instant, AttributeValue.fromNul(true))).isNull();
		DynamitePersistentProperty tags = property(this.context, Everything.class, "tags");
		assertThat(this.converter.fromAttributeValue(tags, AttributeValue.fromSs(List.of("a")))).isEqualTo(Set.of("a"));
	}

	// ---------------------------------------------------------------- errors

	@Test
	void rejectsAValueThatCannotBeConvertedNamingEntityFieldAndValue() {
		DynamitePersistentProperty age = property(this.context, User.class, "age");
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.toAttributeValue(age, "abc"))
			.withMessageStartingWith("Cannot convert value 'abc' for field 'age' of entity User to java.lang.Integer");
		assertThatIllegalArgumentException().isThrownBy(() -> toAttributeValue("uuid", "not-a-uuid"))
			.withMessageStartingWith("Cannot convert value 'not-a-uuid' for field 'uuid' of entity Everything to java.util.UUID");
		assertThatIllegalArgumentException().isThrownBy(() -> toAttributeValue("role", "KING"))
			.withMessageStartingWith("Cannot convert value 'KING' for field 'role' of entity Everything");
		assertThatIllegalArgumentException().isThrownBy(() -> toAttributeValue("instant", "yesterday"))
			.withMessageStartingWith(
					"Cannot convert value 'yesterday' for field 'instant' of entity Everything to java.time.Instant");
	}

	@Test
	void rejectsNaNAndInfinityNamingEntityFieldAndValue() {
		Primitives primitives = new Primitives();
		primitives.id = "p";
		primitives.d = Double.NaN;
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(primitives))
			.withMessage("Cannot store value 'NaN' for field 'd' of entity Primitives: "
					+ "DynamoDB cannot store NaN or Infinity");
		primitives.d = 0;
		primitives.f = Float.NEGATIVE_INFINITY;
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(primitives))
			.withMessage("Cannot store value '-Infinity' for field 'f' of entity Primitives: "
					+ "DynamoDB cannot store NaN or Infinity");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.converter.toAttributeValue(property(this.context, Primitives.class, "d"),
					Double.POSITIVE_INFINITY))
			.withMessageContaining("'Infinity' for field 'd' of entity Primitives");
	}

	@Test
	void rejectsNaNInsideCollectionsAndNestedEntities() {
		Holder holder = new Holder();
		holder.id = "h";
		holder.measurements = List.of(1.0, Double.NaN);
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(holder))
			.withMessage("Cannot store value 'NaN' for field 'measurements' of entity Holder: "
					+ "DynamoDB cannot store NaN or Infinity");
		holder.measurements = List.of(1.0);
		holder.sample = new Sample(Double.NaN);
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(holder))
			.withMessage("Cannot store value 'NaN' for field 'value' of entity Sample: "
					+ "DynamoDB cannot store NaN or Infinity");
	}

	@Test
	void rejectsFieldTypesThatCannotBeStoredWhenTheEntityIsFirstConverted() {
		ThreadHolder holder = new ThreadHolder();
		holder.id = "t";
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(holder))
			.withMessageContaining("Field 'worker' of entity ThreadHolder has type java.lang.Thread")
			.withMessageContaining("register an AttributeConverter");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.converter.read(ThreadHolder.class, Map.of("id", AttributeValue.fromS("t"))))
			.withMessageContaining("java.lang.Thread");
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(new ObjectHolder()))
			.withMessageContaining("Field 'anything' of entity ObjectHolder has type java.lang.Object")
			.withMessageContaining("register an AttributeConverter");
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.write(new OptionalHolder()))
			.withMessageContaining("Field 'maybe' of entity OptionalHolder has type java.util.concurrent.atomic.AtomicReference");
	}

	@Test
	void reportsUnreadableAttributesNamingEntityAndField() {
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("u"), "age", AttributeValue.fromS("abc"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.read(User.class, item))
			.withMessageContaining("attribute 'age'")
			.withMessageContaining("field 'age' of entity User");
		Map<String, AttributeValue> badEnum = Map.of("id", AttributeValue.fromS("e"), "role", AttributeValue.fromS("KING"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.converter.read(Everything.class, badEnum))
			.withMessageContaining("field 'role' of entity Everything: value 'KING'");
	}

	// ---------------------------------------------------------------- accessor

	@Test
	void accessorUpdatesMutableEntitiesInPlace() {
		User user = new User();
		PersistentPropertyAccessor<User> accessor = this.converter.accessor(user);
		accessor.setProperty(property(this.context, User.class, "email"), "x@example.com");
		assertThat(accessor.getBean()).isSameAs(user);
		assertThat(user.getEmail()).isEqualTo("x@example.com");
	}

	@Test
	void accessorReturnsANewInstanceForRecords() {
		Point point = new Point(1, 2, "a");
		PersistentPropertyAccessor<Point> accessor = this.converter.accessor(point);
		accessor.setProperty(property(this.context, Point.class, "label"), "b");
		assertThat(accessor.getBean()).isEqualTo(new Point(1, 2, "b"));
		assertThat(accessor.getProperty(property(this.context, Point.class, "x"))).isEqualTo(1);
		assertThat(point.label()).isEqualTo("a");
	}

	// ---------------------------------------------------------------- helpers

	private AttributeValue toElementAttributeValue(String field, Object value) {
		return this.converter.toElementAttributeValue(property(this.context, Everything.class, field), value);
	}

	private AttributeValue toAttributeValue(String field, Object value) {
		return this.converter.toAttributeValue(property(this.context, Everything.class, field), value);
	}

	static DynamitePersistentProperty property(DynamiteMappingContext context, Class<?> type, String field) {
		return context.getRequiredPersistentEntity(type).getRequiredField(field);
	}

	// ---------------------------------------------------------------- entities

	enum Role {

		ADMIN, USER

	}

	@DynamiteTable
	static class Everything {

		@PrimaryKey
		String id;

		Integer count;

		Long total;

		Short small;

		Byte tiny;

		Double ratio;

		Float fraction;

		BigDecimal price;

		BigInteger huge;

		Boolean active;

		Character letter;

		Role role;

		UUID uuid;

		Instant instant;

		LocalDate localDate;

		LocalDateTime localDateTime;

		OffsetDateTime offsetDateTime;

		ZonedDateTime zonedDateTime;

		LocalTime localTime;

		Duration duration;

		byte[] bytes;

		SdkBytes sdkBytes;

		Set<String> tags;

		Set<Integer> scores;

		Set<SdkBytes> blobs;

		Set<Role> roles;

		List<String> names;

		Long[] numbers;

		Map<String, Integer> counts;

		Map<Role, String> byRole;

		Map<String, Address> addressBook;

		Address address;

		List<Address> addresses;

		@Transient
		String secret;

		static Everything sample() {
			Everything e = new Everything();
			e.id = "e-1";
			e.count = 7;
			e.total = 9_000_000_000L;
			e.small = 3;
			e.tiny = 1;
			e.ratio = 0.25;
			e.fraction = 1.5f;
			e.price = new BigDecimal("12.50");
			e.huge = new BigInteger("123456789012345678901234567890");
			e.active = true;
			e.letter = 'q';
			e.role = Role.ADMIN;
			e.uuid = UUID.fromString("0b8f6a6e-4c4a-4c2e-9a63-1d2b3c4d5e6f");
			e.instant = Instant.parse("2024-01-02T03:04:05.123Z");
			e.localDate = LocalDate.of(2024, 1, 2);
			e.localDateTime = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
			e.offsetDateTime = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2));
			e.zonedDateTime = ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris"));
			e.localTime = LocalTime.of(3, 4, 5);
			e.duration = Duration.ofMillis(90_500);
			e.bytes = new byte[] { 1, 2, 3 };
			e.sdkBytes = SdkBytes.fromUtf8String("hi");
			e.tags = Set.of("a", "b");
			e.scores = Set.of(1, 2, 3);
			e.blobs = Set.of(SdkBytes.fromUtf8String("x"));
			e.roles = Set.of(Role.ADMIN);
			e.names = List.of("x", "y", "x");
			e.numbers = new Long[] { 4L, 5L };
			e.counts = Map.of("x", 1, "y", 2);
			e.byRole = Map.of(Role.ADMIN, "root");
			e.addressBook = Map.of("home", new Address("Paris", null));
			e.address = new Address("Paris", new Point(1, 2, "office"));
			e.addresses = List.of(new Address("Nice", null), new Address("Lyon", new Point(3, 4, "home")));
			return e;
		}
	}

	static class Address {

		String city;

		Point location;

		Address() {
		}

		Address(String city, Point location) {
			this.city = city;
			this.location = location;
		}
	}

	record Point(int x, int y, String label) {
	}

	@DynamiteTable
	record Trip(@PrimaryKey String id, Point start, List<Point> stops, Map<String, Point> named, Set<String> tags,
			int legs) {
	}

	@DynamiteTable
	static class Primitives {

		@PrimaryKey
		String id;

		int i;

		long l;

		short s;

		byte b;

		double d;

		float f;

		boolean flag;

		char c;
	}

	@DynamiteTable
	static class User {

		@PrimaryKey
		private String id;

		@Name("email_address")
		private String email;

		private Integer age;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public Integer getAge() {
			return this.age;
		}

		public void setAge(Integer age) {
			this.age = age;
		}
	}

	static class Node {

		String name;

		Node parent;

		List<Node> children;
	}

	@DynamiteTable
	static class Account {

		@PrimaryKey
		final String id;

		final long balance;

		String note;

		Account(String id, long balance) {
			this.id = id;
			this.balance = balance;
		}
	}

	@DynamiteTable
	static class Holder {

		@PrimaryKey
		String id;

		List<Double> measurements;

		Sample sample;
	}

	record Sample(double value) {
	}

	@DynamiteTable
	static class ThreadHolder {

		@PrimaryKey
		String id;

		Thread worker;
	}

	@DynamiteTable
	static class ObjectHolder {

		@PrimaryKey
		String id = "o";

		Object anything;
	}

	@DynamiteTable
	static class OptionalHolder {

		@PrimaryKey
		String id = "o";

		java.util.concurrent.atomic.AtomicReference<String> maybe;
	}

	record Money(long cents, String currency) {
	}

	@DynamiteTable
	static class Invoice {

		@PrimaryKey
		String id;

		Money amount;

		Instant issuedAt;

		List<Money> history;
	}

	static class MoneyConverter implements AttributeConverter<Money> {

		@Override
		public AttributeValue transformFrom(Money input) {
			return AttributeValue.fromS(input.cents() + " " + input.currency());
		}

		@Override
		public Money transformTo(AttributeValue input) {
			String[] parts = input.s().split(" ");
			return new Money(Long.parseLong(parts[0]), parts[1]);
		}

		@Override
		public EnhancedType<Money> type() {
			return EnhancedType.of(Money.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.S;
		}
	}

	static class EpochMillisConverter implements AttributeConverter<Instant> {

		@Override
		public AttributeValue transformFrom(Instant input) {
			return AttributeValue.fromN(String.valueOf(input.toEpochMilli()));
		}

		@Override
		public Instant transformTo(AttributeValue input) {
			return Instant.ofEpochMilli(Long.parseLong(input.n()));
		}

		@Override
		public EnhancedType<Instant> type() {
			return EnhancedType.of(Instant.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.N;
		}
	}
}

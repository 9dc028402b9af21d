package dev.dynamite.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.badinput.Gadget;
import dev.dynamite.core.model.Parcel;
import dev.dynamite.core.model.User;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(Api.class)
class PartiqlIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("partiql", List.of(recorder), User.class, Gadget.class, Parcel.class);
		List<Parcel> parcels = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			parcels.add(new Parcel("p" + i, "big", i, "x".repeat(1000)));
		}
		dynamite.template().saveAll(parcels);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		this.template = this.api.operations(dynamite);
		this.template.delete(User.class, Filter.all());
		this.template.delete(Gadget.class, Filter.all());
		User ann = new User("Ann", "ann@x", "admin");
		ann.setId("u1");
		User bob = new User("Bob", "bob@x", "customer");
		bob.setId("u2");
		this.template.saveAll(List.of(ann, bob));
		recorder.clear();
	}

	@Test
	void selectByKeyReadsOneItemFromTheQuotedTable() {
		// the table of User is named after a reserved word: {table} is quoted
		List<User> found = this.template.execute(User.class, "SELECT * FROM {table} WHERE id = ?", "u1");
		assertThat(found).extracting(User::getName).containsExactly("Ann");
		ExecuteStatementRequest request = recorder.requests(ExecuteStatementRequest.class).get(0);
		assertThat(request.statement()).contains("\"" + dynamite.template().getMappingContext()
			.getRequiredPersistentEntity(User.class).getTableName() + "\"");
		assertThat(request.parameters()).hasSize(1);
	}

	@Test
	void selectWithAFilterBindsParametersThroughTheFieldCodecs() {
		assertThat(this.template.execute(User.class, "SELECT * FROM {table} WHERE role = ? AND active = ?", "admin", true))
			.extracting(User::getId).containsExactly("u1");
	}

	@Test
	void updateDeleteAndInsertWriteOneItemAndCountIt() {
		assertThat(this.template.executeUpdate(User.class, "UPDATE {table} SET name = ? WHERE id = ?", "Annie", "u1"))
			.isEqualTo(1);
		assertThat(this.template.findById(User.class, "u1")).get().extracting(User::getName).isEqualTo("Annie");
		assertThat(this.template.executeUpdate(User.class, "UPDATE {table} SET name = ? WHERE id = ?", "Nobody", "u9"))
			.isZero();
		assertThat(this.template.findById(User.class, "u9")).isEmpty();
		assertThat(this.template.executeUpdate(User.class,
				"INSERT INTO {table} VALUE {'id': ?, 'name': ?, 'role': ?, 'active': ?}", "u3", "Cid", "customer", false))
			.isEqualTo(1);
		assertThat(this.template.findById(User.class, "u3")).get().extracting(User::getActive).isEqualTo(false);
		assertThatThrownBy(() -> this.template.executeUpdate(User.class, "INSERT INTO {table} VALUE {'id': ?, 'name': ?}",
				"u3", "Again")).isInstanceOf(DuplicateKeyException.class);
		assertThat(this.template.executeUpdate(User.class, "DELETE FROM {table} WHERE id = ?", "u2")).isEqualTo(1);
		assertThat(this.template.findById(User.class, "u2")).isEmpty();
	}

	@Test
	void parametersOfEverySupportedTypeRoundTrip() {
		this.template.executeUpdate(Gadget.class, "INSERT INTO {table} VALUE {'id': ?, 'name': ?, 'size': ?, "
				+ "'score': ?, 'active': ?, 'amount': ?, 'labels': ?, 'numbers': ?, 'tags': ?, 'attrs': ?}", "g1", "Gizmo",
				3, 2.5, true, new BigDecimal("12.50"), Set.of("a", "b"), Set.of(1, 2), List.of("x", "y"),
				Map.of("k", "v"));
		Gadget stored = this.template.findById(Gadget.class, "g1").orElseThrow();
		assertThat(stored.getSize()).isEqualTo(3);
		assertThat(stored.getScore()).isEqualTo(2.5);
		assertThat(stored.getActive()).isTrue();
		assertThat(stored.getAmount()).isEqualByComparingTo("12.50");
		assertThat(stored.getLabels()).containsExactlyInAnyOrder("a", "b");
		assertThat(stored.getNumbers()).containsExactlyInAnyOrder(1, 2);
		assertThat(stored.getTags()).containsExactly("x", "y");
		assertThat(stored.getAttrs()).containsEntry("k", "v");
		// comparisons bind through the same codecs: an Integer, a Double, an element of a set, a prefix
		String select = "SELECT * FROM {table} WHERE \"size\" BETWEEN ? AND ? AND score > ? AND contains(labels, ?) "
				+ "AND begins_with(name, ?) AND amount = ?";
		assertThat(this.template.execute(Gadget.class, select, 1, 5, 2.0, "a", "Gi", new BigDecimal("12.5")))
			.extracting(Gadget::getId).containsExactly("g1");
	}

	@Test
	void aMultiPageResultIsFollowedToTheEnd() {
		List<Parcel> parcels = this.template.execute(Parcel.class, "SELECT * FROM {table} WHERE grp = ?", "big");
		assertThat(parcels).hasSize(1200);
		assertThat(recorder.requests(ExecuteStatementRequest.class)).hasSizeGreaterThan(1);
	}

	@Test
	void skipAndLimitStopReadingOnceEnoughItemsAreKnown() {
		List<Parcel> parcels = this.template.execute(Parcel.class, "SELECT * FROM {table}", List.of(),
				QueryOptions.builder().skip(5).limit(10).build());
		assertThat(parcels).hasSize(10);
		assertThat(recorder.requests(ExecuteStatementRequest.class)).hasSize(1);
	}

	@Test
	void aWrongParameterCountOrValueIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(User.class, "SELECT * FROM {table} WHERE id = ? AND role = ?", "u1"))
			.withMessageContaining("User").withMessageContaining("2 parameter(s)").withMessageContaining("1 value(s)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(Gadget.class, "SELECT * FROM {table} WHERE size = ?", "big"))
			.withMessageContaining("Gadget").withMessageContaining("size").withMessageContaining("big");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.execute(User.class, "SELECT * FROM {table}", List.of(),
					QueryOptions.builder().orderBy("name", org.springframework.data.domain.Sort.Direction.ASC).build()))
			.withMessageContaining("ORDER BY");
		assertThat(recorder.requests()).isEmpty();
	}
}

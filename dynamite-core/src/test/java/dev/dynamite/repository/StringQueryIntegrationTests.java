package dev.dynamite.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.query.QueryCreationException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.Filter;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(Api.class)
class StringQueryIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private StatementMemberRepository members;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("statements", List.of(recorder), Member.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		this.members = this.api.repository(dynamite, StatementMemberRepository.class);
		dynamite.template().delete(Member.class, Filter.all());
		List<Member> all = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Member member = new Member("m" + i, "m" + i + "@x", i < 10 ? "customer" : "admin", 20 + i);
			member.setId("id" + i);
			all.add(member);
		}
		dynamite.template().saveAll(all);
		recorder.clear();
	}

	@Test
	void selectsBindArgumentsInOrder() {
		assertThat(this.members.withRole("admin")).extracting(Member::getId).containsExactlyInAnyOrder("id10", "id11");
		assertThat(this.members.withRoleFromAge("customer", 28)).extracting(Member::getId)
			.containsExactlyInAnyOrder("id8", "id9");
		assertThat(recorder.requests(ExecuteStatementRequest.class)).hasSize(2);
	}

	@Test
	void singleResultsAreOptionalOrTheEntityAndMoreThanOneIsAnError() {
		assertThat(this.members.byId("id3")).get().extracting(Member::getName).isEqualTo("m3");
		assertThat(this.members.byId("nope")).isEmpty();
		assertThat(this.members.single("id4").getName()).isEqualTo("m4");
		assertThatThrownBy(() -> this.members.oneWithRole("admin"))
			.isInstanceOf(IncorrectResultSizeDataAccessException.class)
			.hasMessageContaining("StatementMemberRepository.oneWithRole");
	}

	@Test
	void streamsAndSlicesPageTheStatement() {
		try (Stream<Member> stream = this.members.streamWithRole("customer")) {
			assertThat(stream).hasSize(10);
		}
		Slice<Member> first = this.members.sliceWithRole("customer", PageRequest.of(0, 4));
		assertThat(first.getContent()).hasSize(4);
		assertThat(first.hasNext()).isTrue();
		Slice<Member> last = this.members.sliceWithRole("customer", PageRequest.of(2, 4));
		assertThat(last.getContent()).hasSize(2);
		assertThat(last.hasNext()).isFalse();
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			this.members.sliceWithRole("customer", PageRequest.of(page, 4)).forEach(m -> seen.add(m.getId()));
		}
		assertThat(seen).hasSize(10).doesNotHaveDuplicates();
	}

	@Test
	void writesReturnWhetherTheyWroteTheirItem() {
		assertThat(this.members.rename("bobby", "id1")).isEqualTo(1);
		assertThat(this.members.findById("id1")).get().extracting(Member::getNickname).isEqualTo("bobby");
		assertThat(this.members.rename("ghost", "missing")).isZero();
		assertThat(this.members.insert("id99", "New", "admin", 50)).isEqualTo(1);
		assertThat(this.members.findById("id99")).get().extracting(Member::getAge).isEqualTo(50);
		this.members.remove("id99");
		assertThat(this.members.findById("id99")).isEmpty();
	}

	@Test
	void aStatementThatDoesNotFitItsMethodFailsWhenTheRepositoryIsCreated() {
		assertThatThrownBy(() -> this.api.repository(dynamite, BadStatementRepository.class))
			.isInstanceOf(QueryCreationException.class)
			.hasMessageContaining("BadStatementRepository.byRole")
			.hasMessageContaining("2 parameter(s)")
			.hasMessageContaining("1 argument(s)");
	}

	interface BadStatementRepository extends DynamiteRepository<Member, String> {

		@Query("SELECT * FROM {table} WHERE role = ? AND age = ?")
		List<Member> byRole(String role);
	}
}

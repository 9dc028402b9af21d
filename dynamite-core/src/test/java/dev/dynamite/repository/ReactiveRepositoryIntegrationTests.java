package dev.dynamite.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Sort;

import dev.dynamite.Dynamite;
import dev.dynamite.core.Filter;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ReactiveRepositoryIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static ReactiveMemberRepository members;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("reactive", List.of(recorder), Member.class);
		members = dynamite.reactiveRepository(ReactiveMemberRepository.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
		dynamite.client().close();
	}

	@BeforeEach
	void seed() {
		dynamite.template().delete(Member.class, Filter.all());
		List<Member> all = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Member member = new Member("m" + i, "m" + i + "@x", i < 4 ? "customer" : "admin", 20 + i);
			member.setId("id" + i);
			member.setActive(i % 2 == 0);
			all.add(member);
		}
		dynamite.template().saveAll(all);
		recorder.clear();
	}

	@Test
	void nothingIsSentBeforeSubscription() {
		var pending = members.findByRole("customer");
		assertThat(recorder.requests()).isEmpty();
		StepVerifier.create(pending.map(Member::getId).sort()).expectNext("id0", "id1", "id2", "id3").verifyComplete();
		assertThat(recorder.names()).containsExactly("Scan");
	}

	@Test
	void derivedQueriesReturnMonoAndFlux() {
		StepVerifier.create(members.findByAgeGreaterThanOrderByAgeDesc(22).map(Member::getAge))
			.expectNext(25, 24, 23).verifyComplete();
		StepVerifier.create(members.findFirstByRoleOrderByAgeDesc("customer").map(Member::getId))
			.expectNext("id3").verifyComplete();
		recorder.clear();
		StepVerifier.create(members.findByEmail("m2@x").map(Member::getId)).expectNext("id2").verifyComplete();
		assertThat(recorder.names()).containsExactly("Query");
		StepVerifier.create(members.findByEmail("nobody@x")).verifyComplete();
		StepVerifier.create(members.countByActive(true)).expectNext(3L).verifyComplete();
		StepVerifier.create(members.existsByEmail("m5@x")).expectNext(true).verifyComplete();
		StepVerifier.create(members.deleteByRole("admin")).expectNext(2L).verifyComplete();
		StepVerifier.create(members.count()).expectNext(4L).verifyComplete();
	}

	@Test
	void aSingleResultQueryWithSeveralMatchesErrors() {
		Member twin = new Member("twin", "twin@x", "customer", 21);
		twin.setId("twin");
		dynamite.template().save(twin);
		StepVerifier.create(members.findByRoleAndAge("customer", 21))
			.expectError(IncorrectResultSizeDataAccessException.class).verify();
	}

	@Test
	void crudAndSeedOperationsWorkReactively() {
		Member fresh = new Member("New", "new@x", "admin", 40);
		fresh.setId("new");
		StepVerifier.create(members.create(fresh).map(Member::getId)).expectNext("new").verifyComplete();
		StepVerifier.create(members.create(fresh)).expectError(DuplicateKeyException.class).verify();
		StepVerifier.create(members.findById("new").map(Member::getName)).expectNext("New").verifyComplete();
		StepVerifier.create(members.update(Map.of("nickname", "nu"), Filter.where("role", "admin"))).expectNext(3L)
			.verifyComplete();
		StepVerifier.create(members.first(Filter.where("nickname", "nu")).map(Member::getNickname)).expectNext("nu")
			.verifyComplete();
		StepVerifier.create(members.findAll(Sort.by("age")).map(Member::getAge).take(2)).expectNext(20, 21)
			.verifyComplete();
		StepVerifier.create(members.deleteById("new")).verifyComplete();
		StepVerifier.create(members.existsById("new")).expectNext(false).verifyComplete();
		StepVerifier.create(members.delete(Filter.all())).expectNext(6L).verifyComplete();
	}

	@Test
	void queryMethodsRunTheirStatementLazily() {
		StatementReactiveRepository statements = dynamite.reactiveRepository(StatementReactiveRepository.class);
		var admins = statements.byRole("admin");
		assertThat(recorder.requests()).isEmpty();
		StepVerifier.create(admins.map(Member::getId).sort()).expectNext("id4", "id5").verifyComplete();
		StepVerifier.create(statements.byId("id1").map(Member::getName)).expectNext("m1").verifyComplete();
		StepVerifier.create(statements.oneWithRole("admin")).expectError(IncorrectResultSizeDataAccessException.class)
			.verify();
		StepVerifier.create(statements.rename("x", "id1")).expectNext(1L).verifyComplete();
		StepVerifier.create(statements.rename("x", "missing")).expectNext(0L).verifyComplete();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> dynamite.reactiveRepository(BadStatements.class))
			.isInstanceOf(org.springframework.data.repository.query.QueryCreationException.class)
			.hasMessageContaining("BadStatements.byRole")
			.hasMessageContaining("2 parameter(s)");
	}

	interface StatementReactiveRepository extends ReactiveDynamiteRepository<Member, String> {

		@Query("SELECT * FROM {table} WHERE role = ?")
		reactor.core.publisher.Flux<Member> byRole(String role);

		@Query("SELECT * FROM {table} WHERE id = ?")
		reactor.core.publisher.Mono<Member> byId(String id);

		@Query("SELECT * FROM {table} WHERE role = ?")
		reactor.core.publisher.Mono<Member> oneWithRole(String role);

		@Query("UPDATE {table} SET nickname = ? WHERE id = ?")
		reactor.core.publisher.Mono<Long> rename(String nickname, String id);
	}

	interface BadStatements extends ReactiveDynamiteRepository<Member, String> {

		@Query("SELECT * FROM {table} WHERE role = ? AND age = ?")
		reactor.core.publisher.Flux<Member> byRole(String role);
	}

	@Test
	void badInputErrorsBeforeAnyRequest() {
		StepVerifier.create(members.where(Filter.where("nosuchfield", 1)))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("nosuchfield").hasMessageContaining("Member"))
			.verify();
		assertThat(recorder.requests()).isEmpty();
	}
}

package dev.dynamite.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import dev.dynamite.Dynamite;
import dev.dynamite.core.Key;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every supported keyword, Or, every result shape and every projection kind of derived query methods, against
 * DynamoDB Local, with the requests each one sends.
 */
@ParameterizedClass
@EnumSource(Api.class)
class DerivedQueryIntegrationTests {

	@Parameter
	Api api;


	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static MemberRepository members;

	private static ReadingRepository readings;

	private static Member ann;

	private static Member bob;

	private static Member cid;

	private static Member dan;

	private static Member eve;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("derived"))
			.tables(Member.class, Reading.class)
			.build();
		dynamite.sync();
		DynamiteRepositoryFactory factory = new DynamiteRepositoryFactory(dynamite.template());
		members = factory.getRepository(MemberRepository.class);
		readings = factory.getRepository(ReadingRepository.class);
		ann = members.create(member("Ann", "admin", 30, true, "annie", Set.of("vip", "early")));
		bob = members.create(member("Bob", "customer", 20, true, null, Set.of("new")));
		cid = members.create(member("Cid", "customer", 40, false, null, null));
		dan = members.create(member("Dan", "moderator", 25, true, null, null));
		eve = members.create(member("Eve", "admin", 35, false, "evie", null));
		List<Reading> values = new ArrayList<>();
		for (int seq = 1; seq <= 10; seq++) {
			values.add(new Reading("s1", seq, seq * 1.5));
			values.add(new Reading("s2", seq, -seq * 1.0));
		}
		readings.saveAll(values);
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void clearRecorder() {
		members = this.api.repository(dynamite, MemberRepository.class);
		readings = this.api.repository(dynamite, ReadingRepository.class);
		recorder.clear();
	}

	private static Member member(String name, String role, int age, boolean active, String nickname,
			Set<String> tags) {
		Member member = new Member(name, name.toLowerCase() + "@example.com", role, age);
		member.setActive(active);
		member.setNickname(nickname);
		member.setTags(tags);
		return member;
	}

	private static List<String> names(List<? extends Member> found) {
		return found.stream().map(Member::getName).toList();
	}

	@Test
	void equalityAndAndOr() {
		assertThat(names(members.findByRole("admin"))).containsExactly("Ann", "Eve");
		assertThat(names(members.findByRoleAndActive("admin", true))).containsExactly("Ann");
		assertThat(names(members.findByRoleOrName("moderator", "Ann"))).containsExactly("Ann", "Dan");
		assertThat(names(members.findByRoleNot("customer"))).containsExactly("Ann", "Dan", "Eve");
	}

	@Test
	void comparisons() {
		assertThat(names(members.findByAgeLessThan(25))).containsExactly("Bob");
		assertThat(names(members.findByAgeLessThanEqual(25))).containsExactly("Bob", "Dan");
		assertThat(names(members.findByAgeGreaterThan(35))).containsExactly("Cid");
		assertThat(names(members.findByAgeGreaterThanEqual(35))).containsExactly("Cid", "Eve");
		assertThat(names(members.findByAgeBetween(25, 35))).containsExactly("Ann", "Dan", "Eve");
		assertThat(names(members.findByCreatedAtBefore(dan.getCreated_at()))).containsExactly("Ann", "Bob", "Cid");
		assertThat(names(members.findByCreatedAtAfter(dan.getCreated_at()))).containsExactly("Eve");
	}

	@Test
	void inAndNotIn() {
		assertThat(names(members.findByRoleIn(List.of("admin", "moderator")))).containsExactly("Ann", "Dan", "Eve");
		assertThat(names(members.findByRoleNotIn(List.of("admin", "moderator")))).containsExactly("Bob", "Cid");
		assertThat(names(members.findByRole(List.of("moderator", "customer")))).containsExactly("Bob", "Cid", "Dan");
	}

	@Test
	void stringAndSetFunctions() {
		assertThat(names(members.findByNameStartingWith("E"))).containsExactly("Eve");
		assertThat(names(members.findByNameContaining("a"))).containsExactly("Dan");
		assertThat(names(members.findByNameNotContaining("a"))).containsExactly("Ann", "Bob", "Cid", "Eve");
		assertThat(names(members.findByTagsContaining("vip"))).containsExactly("Ann");
	}

	@Test
	void nullExistsAndBooleans() {
		assertThat(names(members.findByNicknameIsNull())).containsExactly("Bob", "Cid", "Dan");
		assertThat(names(members.findByNickname(null))).containsExactly("Bob", "Cid", "Dan");
		assertThat(names(members.findByNicknameIsNotNull())).containsExactly("Ann", "Eve");
		assertThat(names(members.findByNicknameExists())).containsExactly("Ann", "Eve");
		assertThat(names(members.findByActiveTrue())).containsExactly("Ann", "Bob", "Dan");
		assertThat(names(members.findByActiveFalse())).containsExactly("Cid", "Eve");
	}

	@Test
	void findByEmailOnAGlobalIndexIsAQueryOnThatIndex() {
		assertThat(members.findByEmail("bob@example.com")).map(Member::getName).contains("Bob");
		assertThat(recorder.names()).containsExactly("Query");
		assertThat(recorder.requests(QueryRequest.class).get(0).indexName()).isEqualTo("email_index");
		assertThat(members.findOneByEmail("nobody@example.com")).isNull();
		assertThat(members.existsByEmail("eve@example.com")).isTrue();
		assertThat(members.existsByEmail("nobody@example.com")).isFalse();
	}

	@Test
	void findByIdInIsOneBatchGetItem() {
		assertThat(names(members.findByIdIn(List.of(ann.getId(), cid.getId())))).containsExactly("Ann", "Cid");
		assertThat(recorder.names()).containsExactly("BatchGetItem");
		recorder.clear();
		assertThat(names(members.findAllById(List.of(eve.getId(), bob.getId(), "missing")))).containsExactlyInAnyOrder("Bob", "Eve");
		assertThat(recorder.names()).containsExactly("BatchGetItem");
	}

	@Test
	void firstLastAndTop() {
		assertThat(members.findFirstByRole("customer")).map(Member::getName).contains("Bob");
		assertThat(members.findLastByRole("customer")).map(Member::getName).contains("Cid");
		assertThat(members.findLast()).map(Member::getName).contains("Eve");
		assertThat(names(members.findLast2ByRoleOrderByAgeAsc("admin"))).containsExactly("Eve", "Ann");
		assertThat(names(members.findTop10ByRoleOrderByCreatedAtDesc("admin"))).containsExactly("Eve", "Ann");
		assertThat(names(members.findByRoleOrderByCreated_atAscNameDesc("customer"))).containsExactly("Bob", "Cid");
		assertThat(names(members.findByRole("admin", Sort.by("age").descending()))).containsExactly("Eve", "Ann");
		assertThat(names(members.findByRole("customer", Limit.of(1)))).containsExactly("Bob");
	}

	@Test
	void topByPartitionKeyOrderBySortKeyDescReadsOnePageBackwards() {
		List<Reading> top = readings.findTop3BySensorOrderBySeqDesc("s1");
		assertThat(top).extracting(Reading::seq).containsExactly(10, 9, 8);
		assertThat(recorder.names()).containsExactly("Query");
		QueryRequest query = recorder.requests(QueryRequest.class).get(0);
		assertThat(query.scanIndexForward()).isFalse();
		assertThat(query.limit()).isEqualTo(3);
	}

	@Test
	void compositeKeyRepositories() {
		assertThat(readings.findById(Key.of("s2", 4))).map(Reading::value).contains(-4.0);
		assertThat(readings.findBySensorAndSeqGreaterThan("s1", 7)).extracting(Reading::seq).containsExactly(8, 9, 10);
		assertThat(recorder.requests(QueryRequest.class)).hasSize(1);
		assertThat(readings.findLastBySensor("s2")).map(Reading::seq).contains(10);
		assertThat(readings.findBySensor("s1")).hasSize(10);
	}

	@Test
	void streamIsLazyAndComplete() {
		try (Stream<Member> stream = members.streamByRole("customer")) {
			assertThat(stream.map(Member::getName)).containsExactlyInAnyOrder("Bob", "Cid");
		}
	}

	@Test
	void countAndExists() {
		assertThat(members.countByRole("customer")).isEqualTo(2);
		assertThat(members.countByRole("nobody")).isZero();
	}

	@Test
	void pageSliceAndWindow() {
		Page<Member> page = members.findByActive(true, PageRequest.of(0, 2, Sort.by("name")));
		assertThat(names(page.getContent())).containsExactly("Ann", "Bob");
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getTotalPages()).isEqualTo(2);
		Slice<Member> slice = members.findSliceByActive(true, PageRequest.of(1, 2, Sort.by("name")));
		assertThat(names(slice.getContent())).containsExactly("Dan");
		assertThat(slice.hasNext()).isFalse();
		Window<Member> window = members.findFirst10ByActive(true, ScrollPosition.keyset());
		assertThat(names(window.getContent())).containsExactlyInAnyOrder("Ann", "Bob", "Dan");
		assertThat(window.hasNext()).isFalse();
	}

	@Test
	void projectionsReadOnlyTheirAttributes() {
		List<MemberSummary> summaries = members.findSummariesByRole("admin");
		assertThat(summaries).extracting(MemberSummary::getEmail)
			.containsExactlyInAnyOrder("ann@example.com", "eve@example.com");
		assertThat(projectionOfLastRead()).contains("name").contains("email").doesNotContain("age");

		List<MemberName> dtos = members.findNamesByRole("admin");
		assertThat(dtos).containsExactlyInAnyOrder(new MemberName("Ann", "admin"), new MemberName("Eve", "admin"));
		assertThat(projectionOfLastRead()).contains("name").doesNotContain("email");

		List<MemberName> dynamic = members.findByAgeGreaterThan(34, MemberName.class);
		assertThat(dynamic).containsExactlyInAnyOrder(new MemberName("Cid", "customer"), new MemberName("Eve", "admin"));
		assertThat(projectionOfLastRead()).contains("role").doesNotContain("email");

		List<Member> entities = members.findByAgeGreaterThan(34, Member.class);
		assertThat(names(entities)).containsExactly("Cid", "Eve");
		assertThat(projectionOfLastRead()).isNull();
	}

	private String projectionOfLastRead() {
		List<ScanRequest> scans = recorder.requests(ScanRequest.class);
		String projection = scans.get(scans.size() - 1).projectionExpression();
		if (projection == null) {
			return null;
		}
		// resolve the #n placeholders to compare attribute names
		ScanRequest scan = scans.get(scans.size() - 1);
		for (var entry : scan.expressionAttributeNames().entrySet()) {
			projection = projection.replace(entry.getKey(), entry.getValue());
		}
		recorder.clear();
		return projection;
	}

	@Test
	void derivedDeletesAreBatched() {
		members.saveAll(List.of(member("T1", "temp", 1, true, null, null), member("T2", "temp", 2, true, null, null),
				member("T3", "temp2", 3, true, null, null)));
		recorder.clear();
		assertThat(members.deleteByRole("temp")).isEqualTo(2);
		assertThat(recorder.names()).contains("BatchWriteItem").doesNotContain("DeleteItem");
		List<Member> removed = members.removeByRole("temp2");
		assertThat(names(removed)).containsExactly("T3");
		assertThat(members.countByRole("temp")).isZero();
		assertThat(members.countByRole("temp2")).isZero();
	}
}

package dev.dynamite.repository;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import dev.dynamite.core.Condition;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Operator;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What derived query methods ask of {@link dev.dynamite.core.DynamiteOperations}: the Filter and QueryOptions
 * each method name and argument list compiles to.
 */
class DerivedQueryTranslationTests {

	private final RecordingOperations operations = new RecordingOperations();

	private MemberRepository repository;

	@BeforeEach
	void createRepository() {
		this.repository = new DynamiteRepositoryFactory(this.operations).getRepository(MemberRepository.class);
	}

	private static Filter condition(String field, Operator operator, Object... values) {
		return Filter.of(new Condition(field, operator, List.of(values)));
	}

	private RecordingOperations.Call last() {
		return this.operations.last();
	}

	@Test
	void simplePropertyIsEquality() {
		this.repository.findByRole("admin");
		assertThat(last().method()).isEqualTo("where");
		assertThat(last().type()).isEqualTo(Member.class);
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin"));
		assertThat(last().options()).isEqualTo(QueryOptions.none());
	}

	@Test
	void andCombinesConditions() {
		this.repository.findByRoleAndActive("admin", true);
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin").and("active", true));
	}

	@Test
	void orCombinesConditions() {
		this.repository.findByRoleOrName("admin", "Ann");
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin").or(Filter.where("name", "Ann")));
		assertThat(last().filter().kind()).isEqualTo(Filter.Kind.OR);
	}

	@Test
	void comparisonKeywordsBecomeOperators() {
		this.repository.findByRoleNot("admin");
		assertThat(last().filter()).isEqualTo(condition("role", Operator.NE, "admin"));
		this.repository.findByAgeLessThan(3);
		assertThat(last().filter()).isEqualTo(condition("age", Operator.LT, 3));
		this.repository.findByAgeLessThanEqual(3);
		assertThat(last().filter()).isEqualTo(condition("age", Operator.LE, 3));
		this.repository.findByAgeGreaterThan(3);
		assertThat(last().filter()).isEqualTo(condition("age", Operator.GT, 3));
		this.repository.findByAgeGreaterThanEqual(3);
		assertThat(last().filter()).isEqualTo(condition("age", Operator.GE, 3));
		this.repository.findByAgeBetween(3, 9);
		assertThat(last().filter()).isEqualTo(condition("age", Operator.BETWEEN, 3, 9));
		this.repository.findByCreatedAtBefore("2024");
		assertThat(last().filter()).isEqualTo(condition("created_at", Operator.LT, "2024"));
		this.repository.findByCreatedAtAfter("2024");
		assertThat(last().filter()).isEqualTo(condition("created_at", Operator.GT, "2024"));
	}

	@Test
	void collectionKeywordsBecomeInAndNotIn() {
		this.repository.findByRoleIn(List.of("a", "b"));
		assertThat(last().filter()).isEqualTo(condition("role", Operator.IN, "a", "b"));
		this.repository.findByRoleNotIn(List.of("a", "b"));
		assertThat(last().filter()).isEqualTo(condition("role", Operator.NOT_IN, "a", "b"));
		this.repository.findByRole(List.of("a", "b"));
		assertThat(last().filter()).as("a Collection on = means IN").isEqualTo(condition("role", Operator.IN, "a", "b"));
	}

	@Test
	void stringAndSetKeywordsBecomeFunctions() {
		this.repository.findByNameStartingWith("J");
		assertThat(last().filter()).isEqualTo(condition("name", Operator.BEGINS_WITH, "J"));
		this.repository.findByNameContaining("oh");
		assertThat(last().filter()).isEqualTo(condition("name", Operator.CONTAINS, "oh"));
		this.repository.findByNameNotContaining("oh");
		assertThat(last().filter()).isEqualTo(condition("name", Operator.NOT_CONTAINS, "oh"));
		this.repository.findByTagsContaining("vip");
		assertThat(last().filter()).isEqualTo(condition("tags", Operator.CONTAINS, "vip"));
	}

	@Test
	void nullAndBooleanKeywordsNeedNoArgument() {
		this.repository.findByNicknameIsNull();
		assertThat(last().filter()).isEqualTo(condition("nickname", Operator.NOT_EXISTS));
		this.repository.findByNicknameIsNotNull();
		assertThat(last().filter()).isEqualTo(condition("nickname", Operator.EXISTS));
		this.repository.findByNicknameExists();
		assertThat(last().filter()).isEqualTo(condition("nickname", Operator.EXISTS));
		this.repository.findByActiveTrue();
		assertThat(last().filter()).isEqualTo(condition("active", Operator.EQ, true));
		this.repository.findByActiveFalse();
		assertThat(last().filter()).isEqualTo(condition("active", Operator.EQ, false));
	}

	@Test
	void nullArgumentOnEqualityMeansDoesNotExist() {
		this.repository.findByNickname(null);
		assertThat(last().filter()).isEqualTo(condition("nickname", Operator.NOT_EXISTS));
	}

	@Test
	void nullArgumentOnComparisonIsRejectedBeforeAnyRequest() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.repository.findByNameStartingWith(null))
			.withMessageContaining("MemberRepository.findByNameStartingWith")
			.withMessageContaining("'name'");
		assertThat(this.operations.calls).isEmpty();
	}

	@Test
	void topAndOrderByArePushedIntoTheOptions() {
		this.repository.findTop10ByRoleOrderByCreatedAtDesc("admin");
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin"));
		assertThat(last().options())
			.isEqualTo(QueryOptions.builder().limit(10).sort(Sort.by(Sort.Direction.DESC, "created_at")).build());
	}

	@Test
	void snakeCaseFieldsResolveFromTheirCapitalizedNameToo() {
		this.repository.findByRoleOrderByCreated_atAscNameDesc("admin");
		assertThat(last().options().sort())
			.isEqualTo(Sort.by(Sort.Order.asc("created_at"), Sort.Order.desc("name")));
	}

	@Test
	void firstIsALimitOfOne() {
		this.repository.findFirstByRole("admin");
		assertThat(last().options().limit()).isEqualTo(1);
		assertThat(last().options().order()).isEqualTo(Sort.Direction.ASC);
	}

	@Test
	void lastReversesTheNaturalOrderWithALimit() {
		this.repository.findLastByRole("admin");
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin"));
		assertThat(last().options()).isEqualTo(QueryOptions.builder().limit(1).order(Sort.Direction.DESC).build());
		this.repository.findLast();
		assertThat(last().filter()).isEqualTo(Filter.all());
		assertThat(last().options()).isEqualTo(QueryOptions.builder().limit(1).order(Sort.Direction.DESC).build());
	}

	@Test
	void lastNReversesAnExplicitOrder() {
		this.repository.findLast2ByRoleOrderByAgeAsc("admin");
		assertThat(last().options())
			.isEqualTo(QueryOptions.builder().limit(2).order(Sort.Direction.DESC).sort(Sort.by(Sort.Direction.DESC, "age")).build());
	}

	@Test
	void sortAndLimitArgumentsAreResolvedAndPushed() {
		this.repository.findByRole("admin", Sort.by("createdAt").descending());
		assertThat(last().options().sort()).isEqualTo(Sort.by(Sort.Direction.DESC, "created_at"));
		this.repository.findByRole("admin", Limit.of(5));
		assertThat(last().options().limit()).isEqualTo(5);
	}

	@Test
	void singleResultReadsTwoToDetectDuplicates() {
		this.operations.results = List.of(member("a"));
		assertThat(this.repository.findByEmail("a@x")).map(Member::getName).contains("a");
		assertThat(last().filter()).isEqualTo(Filter.where("email", "a@x"));
		assertThat(last().options().limit()).isEqualTo(2);
		this.operations.results = List.of(member("a"), member("b"));
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> this.repository.findOneByEmail("a@x"));
		this.operations.results = List.of();
		assertThat(this.repository.findByEmail("a@x")).isEmpty();
		assertThat(this.repository.findOneByEmail("a@x")).isNull();
	}

	@Test
	void pageReadsOnePageAndCounts() {
		this.operations.results = List.of(member("a"), member("b"));
		this.operations.count = 7;
		Page<Member> page = this.repository.findByActive(true, PageRequest.of(1, 2, Sort.by("name")));
		assertThat(this.operations.calls).extracting(RecordingOperations.Call::method).containsExactly("where", "count");
		assertThat(this.operations.calls.get(0).options())
			.isEqualTo(QueryOptions.builder().skip(2).limit(2).sort(Sort.by("name")).build());
		assertThat(page.getTotalElements()).isEqualTo(7);
		assertThat(page.getContent()).hasSize(2);
	}

	@Test
	void sliceReadsOneExtraItem() {
		this.operations.results = List.of(member("a"), member("b"), member("c"));
		Slice<Member> slice = this.repository.findSliceByActive(true, PageRequest.of(0, 2));
		assertThat(last().options().limit()).isEqualTo(3);
		assertThat(slice.getContent()).hasSize(2);
		assertThat(slice.hasNext()).isTrue();
		assertThat(this.operations.calls).extracting(RecordingOperations.Call::method).containsExactly("where");
	}

	@Test
	void windowPassesTheKeysetPositionAsTheStartKey() {
		this.operations.results = List.of(member("a"), member("b"));
		this.operations.nextKey = Map.of("id", "b");
		Window<Member> first = this.repository.findFirst10ByActive(true, ScrollPosition.keyset());
		assertThat(last().method()).isEqualTo("scroll");
		assertThat(last().argument()).isNull();
		assertThat(last().options().limit()).isEqualTo(10);
		assertThat(first.hasNext()).isTrue();
		ScrollPosition next = first.positionAt(first.size() - 1);
		this.operations.nextKey = null;
		Window<Member> second = this.repository.findFirst10ByActive(true, next);
		assertThat(last().argument()).isEqualTo(Map.of("id", "b"));
		assertThat(second.hasNext()).isFalse();
		assertThat(second.isLast()).isTrue();
	}

	@Test
	void windowFromAnOffsetSkips() {
		this.operations.results = List.of(member("a"), member("b"));
		Window<Member> window = this.repository.findFirst10ByActive(true, ScrollPosition.offset(20));
		assertThat(last().method()).isEqualTo("where");
		assertThat(last().options().skip()).isEqualTo(20);
		assertThat(last().options().limit()).isEqualTo(11);
		assertThat(window.hasNext()).isFalse();
	}

	@Test
	void streamCountExistsAndDeleteUseTheirOperations() {
		this.operations.count = 4;
		assertThat(this.repository.streamByRole("a")).isEmpty();
		assertThat(last().method()).isEqualTo("stream");
		assertThat(this.repository.countByRole("a")).isEqualTo(4);
		assertThat(last().method()).isEqualTo("count");
		assertThat(this.repository.existsByEmail("a@x")).isTrue();
		assertThat(last().method()).isEqualTo("exists");
		assertThat(this.repository.deleteByRole("a")).isEqualTo(4);
		assertThat(last().method()).isEqualTo("delete");
		assertThat(last().filter()).isEqualTo(Filter.where("role", "a"));
	}

	@Test
	void deleteReturningEntitiesDeletesExactlyTheFoundKeys() {
		Member a = member("a");
		a.setId("id-a");
		Member b = member("b");
		b.setId("id-b");
		this.operations.results = List.of(a, b);
		assertThat(this.repository.removeByRole("x")).containsExactly(a, b);
		assertThat(this.operations.calls).extracting(RecordingOperations.Call::method).containsExactly("where", "deleteAll");
		assertThat(last().argument()).isEqualTo(List.of(a, b));
	}

	@Test
	void projectionsReadOnlyTheirProperties() {
		Member a = member("Ann");
		a.setEmail("ann@x");
		a.setRole("admin");
		this.operations.results = List.of(a);
		List<MemberSummary> summaries = this.repository.findSummariesByRole("admin");
		assertThat(last().options().attributes()).containsExactlyInAnyOrder("name", "email");
		assertThat(summaries.get(0).getEmail()).isEqualTo("ann@x");
		List<MemberName> names = this.repository.findNamesByRole("admin");
		assertThat(last().options().attributes()).containsExactly("name", "role");
		assertThat(names).containsExactly(new MemberName("Ann", "admin"));
		List<MemberName> dynamic = this.repository.findByAgeGreaterThan(1, MemberName.class);
		assertThat(last().options().attributes()).containsExactly("name", "role");
		assertThat(dynamic).containsExactly(new MemberName("Ann", "admin"));
		this.repository.findByAgeGreaterThan(1, Member.class);
		assertThat(last().options().attributes()).isEmpty();
	}

	@Test
	void crudMethodsDelegate() {
		this.repository.findAllById(List.of("a", "b"));
		assertThat(last().method()).isEqualTo("findAllById");
		this.repository.deleteAllById(List.of("a", "b"));
		assertThat(last().method()).isEqualTo("deleteAllById");
		this.repository.where("role", "admin");
		assertThat(last().filter()).isEqualTo(Filter.where("role", "admin"));
		this.repository.update(Map.of("role", "x"), Filter.where("role", "y"));
		assertThat(last().method()).isEqualTo("update");
		this.repository.delete(Filter.where("role", "y"));
		assertThat(last().method()).isEqualTo("delete");
		this.repository.findAll(PageRequest.of(2, 5));
		assertThat(this.operations.calls.get(this.operations.calls.size() - 1).method()).isIn("where", "count");
	}

	private static Member member(String name) {
		Member member = new Member(name, name + "@x", "customer", 30);
		member.setTags(Set.of());
		return member;
	}
}

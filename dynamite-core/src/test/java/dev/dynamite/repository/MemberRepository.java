package dev.dynamite.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/** Derived queries of every keyword and result shape, used by the unit and integration tests. */
public interface MemberRepository extends DynamiteRepository<Member, String> {

	List<Member> findByRole(String role);

	List<Member> findByRoleAndActive(String role, boolean active);

	List<Member> findByRoleOrName(String role, String name);

	List<Member> findByRoleNot(String role);

	List<Member> findByAgeLessThan(int age);

	List<Member> findByAgeLessThanEqual(int age);

	List<Member> findByAgeGreaterThan(int age);

	List<Member> findByAgeGreaterThanEqual(int age);

	List<Member> findByAgeBetween(int low, int high);

	List<Member> findByCreatedAtBefore(String time);

	List<Member> findByCreatedAtAfter(String time);

	List<Member> findByRoleIn(Collection<String> roles);

	List<Member> findByRoleNotIn(Collection<String> roles);

	List<Member> findByIdIn(Collection<String> ids);

	List<Member> findByNameStartingWith(@Nullable String prefix);

	List<Member> findByNameContaining(String part);

	List<Member> findByNameNotContaining(String part);

	List<Member> findByTagsContaining(String tag);

	List<Member> findByNicknameIsNull();

	List<Member> findByNicknameIsNotNull();

	List<Member> findByNicknameExists();

	List<Member> findByActiveTrue();

	List<Member> findByActiveFalse();

	List<Member> findByRole(Collection<String> roles);

	Optional<Member> findByEmail(String email);

	@Nullable Member findOneByEmail(String email);

	List<Member> findByNickname(@Nullable String nickname);

	Optional<Member> findFirstByRole(String role);

	Optional<Member> findLastByRole(String role);

	List<Member> findLast2ByRoleOrderByAgeAsc(String role);

	Optional<Member> findLast();

	List<Member> findTop10ByRoleOrderByCreatedAtDesc(String role);

	List<Member> findTop3ByIdOrderByAgeDesc(String id);

	List<Member> findByRoleOrderByCreated_atAscNameDesc(String role);

	List<Member> findByRole(String role, Sort sort);

	List<Member> findByRole(String role, Limit limit);

	Page<Member> findByActive(boolean active, Pageable pageable);

	Slice<Member> findSliceByActive(boolean active, Pageable pageable);

	Window<Member> findFirst10ByActive(boolean active, ScrollPosition position);

	Stream<Member> streamByRole(String role);

	long countByRole(String role);

	boolean existsByEmail(String email);

	long deleteByRole(String role);

	List<Member> removeByRole(String role);

	List<MemberSummary> findSummariesByRole(String role);

	List<MemberName> findNamesByRole(String role);

	<T> List<T> findByAgeGreaterThan(int age, Class<T> type);
}

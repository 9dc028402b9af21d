package dev.dynamite.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** {@code @Query} PartiQL methods of every result shape. */
public interface StatementMemberRepository extends DynamiteRepository<Member, String> {

	@Query("SELECT * FROM {table} WHERE role = ?")
	List<Member> withRole(String role);

	@Query("SELECT * FROM {table} WHERE role = ? AND age >= ?")
	List<Member> withRoleFromAge(String role, int age);

	@Query("SELECT * FROM {table} WHERE id = ?")
	Optional<Member> byId(String id);

	@Query("SELECT * FROM {table} WHERE id = ?")
	Member single(String id);

	@Query("SELECT * FROM {table} WHERE role = ?")
	Member oneWithRole(String role);

	@Query("SELECT * FROM {table} WHERE role = ?")
	Stream<Member> streamWithRole(String role);

	@Query("SELECT * FROM {table} WHERE role = ?")
	Slice<Member> sliceWithRole(String role, Pageable pageable);

	@Query("UPDATE {table} SET nickname = ? WHERE id = ?")
	long rename(String nickname, String id);

	@Query("DELETE FROM {table} WHERE id = ?")
	void remove(String id);

	@Query("INSERT INTO {table} VALUE {'id': ?, 'name': ?, 'role': ?, 'age': ?}")
	int insert(String id, String name, String role, int age);
}

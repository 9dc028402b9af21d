package dev.dynamite.repository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reactive derived queries of several shapes. */
public interface ReactiveMemberRepository extends ReactiveDynamiteRepository<Member, String> {

	Flux<Member> findByRole(String role);

	Flux<Member> findByAgeGreaterThanOrderByAgeDesc(int age);

	Mono<Member> findFirstByRoleOrderByAgeDesc(String role);

	Mono<Member> findByEmail(String email);

	Mono<Member> findByRoleAndAge(String role, int age);

	Mono<Long> countByActive(boolean active);

	Mono<Boolean> existsByEmail(String email);

	Mono<Long> deleteByRole(String role);
}

package dev.dynamite.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.data.support.WindowIterator;

import dev.dynamite.Dynamite;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Paging through a 1,000-item table by Page, Slice and Window (every item exactly once), optimistic locking and
 * Spring Data auditing annotations, through repositories on DynamoDB Local.
 */
@ParameterizedClass
@EnumSource(Api.class)
class RepositoryPagingIntegrationTests {

	@Parameter
	Api api;


	private static final int ITEMS = 1000;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static TicketRepository tickets;

	private static MemberRepository members;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("paging"))
			.tables(Ticket.class, Member.class)
			.build();
		dynamite.sync();
		DynamiteRepositoryFactory factory = new DynamiteRepositoryFactory(dynamite.template());
		tickets = factory.getRepository(TicketRepository.class);
		members = factory.getRepository(MemberRepository.class);
		List<Ticket> all = new ArrayList<>();
		for (int i = 0; i < ITEMS; i++) {
			all.add(new Ticket("t" + i, i));
		}
		tickets.saveAll(all);
	}

	@AfterAll
	static void stop() {
		dynamite.client().close();
	}

	@BeforeEach
	void useApi() {
		tickets = this.api.repository(dynamite, TicketRepository.class);
		members = this.api.repository(dynamite, MemberRepository.class);
	}

	@Test
	void pagesVisitEveryItemExactlyOnce() {
		List<String> seen = new ArrayList<>();
		Pageable pageable = PageRequest.of(0, 150);
		Page<Ticket> page;
		do {
			page = tickets.findByOpen(true, pageable);
			assertThat(page.getTotalElements()).isEqualTo(ITEMS);
			page.forEach(ticket -> seen.add(ticket.getId()));
			pageable = page.nextPageable();
		}
		while (page.hasNext());
		assertThat(page.getTotalPages()).isEqualTo(7);
		assertExactlyOnce(seen);
	}

	@Test
	void slicesVisitEveryItemExactlyOnce() {
		List<String> seen = new ArrayList<>();
		Pageable pageable = PageRequest.of(0, 128);
		Slice<Ticket> slice;
		do {
			slice = tickets.findSliceByOpen(true, pageable);
			slice.forEach(ticket -> seen.add(ticket.getId()));
			pageable = slice.nextPageable();
		}
		while (slice.hasNext());
		assertExactlyOnce(seen);
	}

	@Test
	void windowsVisitEveryItemExactlyOnceWithoutRereading() {
		recorder.clear();
		List<String> seen = new ArrayList<>();
		WindowIterator.of(position -> tickets.findFirst100ByOpen(true, position))
			.startingAt(ScrollPosition.keyset())
			.forEachRemaining(ticket -> seen.add(ticket.getId()));
		assertExactlyOnce(seen);
		int scanned = recorder.requests(ScanRequest.class).size();
		assertThat(scanned).as("keyset scrolling resumes at ExclusiveStartKey").isLessThanOrEqualTo(ITEMS / 100 + 2);
		assertThat(recorder.requests(ScanRequest.class).stream().skip(1)).allMatch(ScanRequest::hasExclusiveStartKey);
	}

	@Test
	void windowPositionsCarryTheExclusiveStartKey() {
		Window<Ticket> first = tickets.findFirst100ByOpen(true, ScrollPosition.keyset());
		assertThat(first.size()).isEqualTo(100);
		assertThat(first.hasNext()).isTrue();
		ScrollPosition position = first.positionAt(first.size() - 1);
		assertThat(position).isInstanceOf(org.springframework.data.domain.KeysetScrollPosition.class);
		Map<String, Object> keys = ((org.springframework.data.domain.KeysetScrollPosition) position).getKeys();
		assertThat(keys).containsEntry("id", first.getContent().get(99).getId());
		Window<Ticket> second = tickets.findFirst100ByOpen(true, position);
		Set<String> overlap = new HashSet<>(first.map(Ticket::getId).toList());
		overlap.retainAll(second.map(Ticket::getId).toList());
		assertThat(overlap).isEmpty();
	}

	@Test
	void crudPagingCountsTheTable() {
		Page<Ticket> page = tickets.findAll(PageRequest.of(3, 250));
		assertThat(page.getContent()).hasSize(250);
		assertThat(page.getTotalElements()).isEqualTo(ITEMS);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void springDataAuditingAnnotationsAreTimestamps() throws InterruptedException {
		Ticket ticket = tickets.save(new Ticket("audited", -1));
		assertThat(ticket.getCreated()).isNotNull();
		assertThat(ticket.getModified()).isEqualTo(ticket.getCreated());
		Instant created = ticket.getCreated();
		Thread.sleep(5);
		ticket.setNumber(-2);
		Ticket saved = tickets.save(ticket);
		assertThat(saved.getModified()).isAfter(created);
		Ticket stored = tickets.findById("audited").orElseThrow();
		assertThat(stored.getCreated()).isEqualTo(created);
		assertThat(stored.getModified()).isEqualTo(saved.getModified());
		tickets.deleteById("audited");
	}

	@Test
	void aStaleVersionWriteFailsAndWritesNothing() {
		Member member = members.create(new Member("Vera", "vera@example.com", "customer", 50));
		Long version = member.getVersion();
		Member staleForSave = members.findById(member.getId()).orElseThrow();
		Member staleForDelete = members.findById(member.getId()).orElseThrow();
		assertThat(staleForSave.getVersion()).isEqualTo(version);
		member.setName("Vera One");
		Member saved = members.save(member);
		assertThat(saved.getVersion()).isGreaterThan(version);
		staleForSave.setName("Vera Stale");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> members.save(staleForSave));
		assertThat(members.findById(member.getId())).map(Member::getName).contains("Vera One");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> members.delete(staleForDelete));
		assertThat(members.existsById(member.getId())).isTrue();
		members.delete(saved);
		assertThat(members.existsById(member.getId())).isFalse();
	}

	@Test
	void aFailedStaleSaveLeavesTheEntityStale() {
		Member member = members.create(new Member("Walt", "walt@example.com", "customer", 51));
		Member stale = members.findById(member.getId()).orElseThrow();
		members.save(member);
		stale.setName("Walt Stale");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> members.save(stale));
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> members.save(stale));
		assertThat(members.findById(member.getId())).map(Member::getName).contains("Walt");
	}

	private static void assertExactlyOnce(List<String> seen) {
		assertThat(seen).hasSize(ITEMS).doesNotHaveDuplicates();
		Set<String> expected = new HashSet<>();
		for (int i = 0; i < ITEMS; i++) {
			expected.add("t" + i);
		}
		assertThat(new HashSet<>(seen)).isEqualTo(expected);
	}
}

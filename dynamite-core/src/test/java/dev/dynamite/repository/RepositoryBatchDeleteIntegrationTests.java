package dev.dynamite.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.dynamite.Dynamite;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Key;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code deleteAllById} and {@code deleteAll(entities)} delete with batched BatchWriteItem requests and read nothing
 * first; entities with {@code @Version} keep one conditional DeleteItem each.
 */
class RepositoryBatchDeleteIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static ReadingRepository readings;

	private static TicketRepository tickets;

	private static MemberRepository members;

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.tablePrefix(LocalDynamoDb.uniquePrefix("batchdelete"))
			.tables(Reading.class, Ticket.class, Member.class)
			.build();
		dynamite.sync();
		readings = dynamite.repository(ReadingRepository.class);
		tickets = dynamite.repository(TicketRepository.class);
		members = dynamite.repository(MemberRepository.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clean() {
		readings.deleteAll();
		tickets.deleteAll();
		members.deleteAll();
	}

	@Test
	void deleteAllByIdOfCompositeKeysSendsOnlyBatchWritesOfDistinctKeys() {
		List<Reading> values = new ArrayList<>();
		for (int seq = 1; seq <= 60; seq++) {
			values.add(new Reading("s" + (seq % 2), seq, seq * 0.5));
		}
		readings.saveAll(values);
		List<Key> ids = new ArrayList<>();
		for (int seq = 1; seq <= 50; seq++) {
			ids.add(Key.of("s" + (seq % 2), seq));
		}
		ids.add(Key.of("s1", 1));
		ids.add(Key.of("nobody", 7));
		recorder.clear();

		readings.deleteAllById(ids);

		assertThat(recorder.names()).containsOnly("BatchWriteItem").hasSize(3);
		int deletes = recorder.requests(BatchWriteItemRequest.class)
			.stream()
			.flatMap((request) -> request.requestItems().values().stream())
			.mapToInt(List::size)
			.sum();
		assertThat(deletes).isEqualTo(51);
		assertThat(readings.findAll()).extracting(Reading::seq).containsExactlyInAnyOrder(51, 52, 53, 54, 55, 56, 57, 58, 59, 60);
	}

	@Test
	void deleteAllOfUnversionedEntitiesIsOneBatchWrite() {
		List<Ticket> saved = tickets.saveAll(List.of(new Ticket("t1", 1), new Ticket("t2", 2), new Ticket("t3", 3)));
		recorder.clear();

		tickets.deleteAll(saved.subList(0, 2));

		assertThat(recorder.names()).containsExactly("BatchWriteItem");
		assertThat(tickets.findAll()).extracting(Ticket::getId).containsExactly("t3");
	}

	@Test
	void deleteAllOfVersionedEntitiesStaysConditionalPerEntity() {
		Member ann = members.create(new Member("Ann", "ann@example.com", "admin", 30));
		Member bob = members.create(new Member("Bob", "bob@example.com", "customer", 20));
		Member staleBob = members.findById(bob.getId()).orElseThrow();
		members.update(bob, Map.of("age", 21));
		recorder.clear();

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> members.deleteAll(List.of(ann, staleBob)));

		assertThat(recorder.names()).containsExactly("DeleteItem", "DeleteItem");
		assertThat(recorder.requests(DeleteItemRequest.class))
			.allSatisfy((request) -> assertThat(request.conditionExpression()).isNotBlank());
		assertThat(members.findAll()).extracting(Member::getName).containsExactly("Bob");
		assertThat(members.count(Filter.all())).isEqualTo(1);
	}

}

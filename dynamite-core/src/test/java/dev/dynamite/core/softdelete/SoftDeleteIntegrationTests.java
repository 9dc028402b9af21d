package dev.dynamite.core.softdelete;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Soft delete ({@code @DeleteAt}): destroy marks the item with an UpdateItem; every read leaves marked items out unless
 * they are included; forceDestroy and delete by filter delete for good; an update removing the mark restores the item.
 */
@ParameterizedClass
@EnumSource(Api.class)
class SoftDeleteIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static final String prefix = LocalDynamoDb.uniquePrefix("softdelete");

	private static Dynamite dynamite;

	private DynamiteOperations template;

	private static final QueryOptions TRASHED = QueryOptions.builder().includeTrashed(true).build();

	@BeforeAll
	static void start() {
		dynamite = Dynamite.builder()
			.client(LocalDynamoDb.client(recorder))
			.asyncClient(LocalDynamoDb.asyncClient(recorder))
			.tablePrefix(prefix)
			.tables(Note.class)
			.build();
		dynamite.sync();
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void seed() {
		this.template = this.api.operations(dynamite);
		this.template.delete(Note.class, Filter.all());
		this.template.delete(Note.class, Filter.where("deletedAt").exists());
		for (int i = 0; i < 10; i++) {
			this.template.create(new Note("n" + i, i % 2 == 0 ? "even" : "odd", "o" + (i % 3)));
		}
		// n0, n3 and n6 (owner o0; n0 and n6 are even) are soft-deleted
		for (String id : List.of("n0", "n3", "n6")) {
			this.template.destroy(this.template.findById(Note.class, id).orElseThrow());
		}
		recorder.clear();
	}

	private static List<String> ids(List<Note> notes) {
		return notes.stream().map(Note::getId).sorted().toList();
	}

	@Test
	void destroyMarksTheItemWithAnUpdateAndKeepsIt() {
		Note n1 = this.template.findById(Note.class, "n1").orElseThrow();
		recorder.clear();
		this.template.destroy(n1);

		assertThat(recorder.names()).containsExactly("UpdateItem");
		assertThat(n1.getDeletedAt()).isNotNull();
		assertThat(dynamite.client().getItem((r) -> r.tableName(prefix + "notes")
			.key(Map.of("id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("n1")))).item())
			.containsKey("deletedAt");
	}

	@Test
	void everyReadLeavesSoftDeletedItemsOut() {
		List<String> live = List.of("n1", "n2", "n4", "n5", "n7", "n8", "n9");
		assertThat(ids(this.template.where(Note.class, Filter.all()))).isEqualTo(live);
		assertThat(this.template.count(Note.class, Filter.all())).isEqualTo(7);
		assertThat(ids(this.template.where(Note.class, Filter.where("topic", "even")))).containsExactly("n2", "n4", "n8");
		assertThat(this.template.count(Note.class, Filter.where("topic", "even"))).isEqualTo(3);
		assertThat(ids(this.template.where(Note.class, Filter.where("owner", "o0")))).containsExactly("n9");
		assertThat(this.template.findById(Note.class, "n0")).isEmpty();
		assertThat(ids(this.template.findAllById(Note.class, List.of("n0", "n1", "n3", "n4")))).containsExactly("n1", "n4");
		assertThat(this.template.exists(Note.class, Filter.where("id", "n3"))).isFalse();
		assertThat(this.template.first(Note.class, Filter.all())).map(Note::getId).contains("n1");
		assertThat(this.template.last(Note.class, Filter.where("topic", "even"))).map(Note::getId).contains("n8");
		assertThat(this.template.where(Note.class, Filter.all(), QueryOptions.builder().skip(1).limit(2).build()))
			.extracting(Note::getId).containsExactly("n2", "n4");
		try (var stream = this.template.stream(Note.class, Filter.all(), QueryOptions.none())) {
			assertThat(stream.map(Note::getId).sorted().toList()).isEqualTo(live);
		}
	}

	@Test
	void includeTrashedOrAFilterOnTheMarkReadsThemToo() {
		assertThat(this.template.where(Note.class, Filter.all(), TRASHED)).hasSize(10);
		assertThat(ids(this.template.where(Note.class, Filter.where("deletedAt").exists()))).containsExactly("n0", "n3", "n6");
		assertThat(ids(this.template.where(Note.class, Filter.where("owner", "o0"), TRASHED)))
			.containsExactly("n0", "n3", "n6", "n9");
	}

	@Test
	void forceDestroyAndDeleteByFilterDeleteForGood() {
		this.template.forceDestroy(this.template.findById(Note.class, "n1").orElseThrow());
		assertThat(this.template.where(Note.class, Filter.where("id", "n1"), TRASHED)).isEmpty();

		// as in the seed: delete by filter removes the live matches for good; the soft-deleted ones stay marked
		assertThat(this.template.delete(Note.class, Filter.where("topic", "even"))).isEqualTo(3);
		assertThat(ids(this.template.where(Note.class, Filter.where("topic", "even"), TRASHED)))
			.containsExactly("n0", "n6");
	}

	@Test
	void anUpdateThatRemovesTheMarkRestoresTheItem() {
		Map<String, Object> restore = new HashMap<>();
		restore.put("deletedAt", null);
		Note trashed = this.template.where(Note.class, Filter.where("id", "n3"), TRASHED).get(0);
		this.template.update(trashed, restore);
		assertThat(this.template.findById(Note.class, "n3")).isPresent();
		assertThat(this.template.count(Note.class, Filter.all())).isEqualTo(8);
	}

	@Test
	void deleteByIdAndDeleteAllSoftDeleteToo() {
		this.template.deleteById(Note.class, "n1");
		this.template.deleteAll(List.of(this.template.findById(Note.class, "n2").orElseThrow()));
		this.template.deleteAllById(Note.class, List.of("n4", "n5"));
		assertThat(ids(this.template.where(Note.class, Filter.all()))).containsExactly("n7", "n8", "n9");
		assertThat(this.template.where(Note.class, Filter.all(), TRASHED)).hasSize(10);
	}
}

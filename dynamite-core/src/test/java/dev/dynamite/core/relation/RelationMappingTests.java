package dev.dynamite.core.relation;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.InvalidEntityException;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.Relation;
import dev.dynamite.mapping.SortKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Relation mapping: relation fields are not stored, a has-many adds the foreign-key index to its target, a pivot has
 * both key orders; and every unusable relation is an error that names the entity, the relation and the fix.
 */
class RelationMappingTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private java.util.Map<String, Relation> relations(Class<?> type) {
		return this.context.getRelations(this.context.getRequiredPersistentEntity(type));
	}

	@Test
	void relationFieldsAreNotPropertiesAndHasManyAddsTheForeignKeyIndex() {
		assertThat(this.context.getRequiredPersistentEntity(Employee.class).fieldNames()).containsExactly("id", "name",
				"deptId");
		assertThat(relations(Employee.class)).containsOnlyKeys("department", "tasks", "projects");
		assertThat(this.context.getRequiredPersistentEntity(EmpTask.class).getGlobalIndexes())
			.extracting((index) -> index.name())
			.containsExactly("employeeId_index");
	}

	@Test
	void bothSidesOfAManyToManyShareOnePivotKeyedInNameOrder() {
		Relation projects = relations(Employee.class).get("projects");
		Relation members = relations(Project.class).get("members");

		assertThat(projects.pivot()).isEqualTo(members.pivot());
		assertThat(projects.pivot().partitionAttribute()).isEqualTo("employeeId");
		assertThat(projects.pivot().indexName()).isEqualTo("projectId_index");
		assertThat(projects.pivot().ownerIsPartition(projects)).isTrue();
		assertThat(members.pivot().ownerIsPartition(members)).isFalse();
	}

	@Test
	void aRelationToAnUnmappedClassIsRefused() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> relations(ToUnmapped.class))
			.withMessageContaining("relation 'notes'")
			.withMessageContaining("is not a mapped entity: annotate it with @DynamiteTable");
	}

	@Test
	void aForeignKeyThatIsNoFieldOfTheTargetIsRefused() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> relations(UnknownForeignKey.class))
			.withMessageContaining("relation 'tasks' (@HasMany) names foreignKey 'ownerId', which is no field of EmpTask")
			.withMessageContaining("known fields: [id, name, employeeId, priority]");
	}

	@Test
	void aHasManyThatIsNoListIsRefused() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> relations(NotAList.class))
			.withMessageContaining("relation 'tasks' (@HasMany) has type EmpTask; declare it as a List of the target");
	}

	@Test
	void aBelongsToATargetWithASortKeyIsRefused() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> relations(ToComposite.class))
			.withMessageContaining("relation 'line' (@BelongsTo) needs Line to have a simple primary key");
	}

	@Test
	void aManyToManyWithOneAttributeTwiceIsRefused() {
		assertThatExceptionOfType(InvalidEntityException.class).isThrownBy(() -> relations(SamePivotKeys.class))
			.withMessageContaining("needs two different pivot attributes");
	}

	/** Not an entity. */
	public static class Note {

		String id;
	}

	@DynamiteTable("bad_unmapped")
	public static class ToUnmapped {

		@PrimaryKey
		String id;

		@HasMany(target = Note.class, foreignKey = "id")
		List<Note> notes;
	}

	@DynamiteTable("bad_fk")
	public static class UnknownForeignKey {

		@PrimaryKey
		String id;

		@HasMany(target = EmpTask.class, foreignKey = "ownerId")
		List<EmpTask> tasks;
	}

	@DynamiteTable("bad_list")
	public static class NotAList {

		@PrimaryKey
		String id;

		@HasMany(target = EmpTask.class, foreignKey = "employeeId")
		EmpTask tasks;
	}

	@DynamiteTable("bad_lines")
	public static class Line {

		@PrimaryKey
		String orderId;

		@SortKey
		String lineId;
	}

	@DynamiteTable("bad_composite")
	public static class ToComposite {

		@PrimaryKey
		String id;

		String lineId;

		@BelongsTo(target = Line.class, foreignKey = "lineId")
		Line line;
	}

	@DynamiteTable("bad_pivot")
	public static class SamePivotKeys {

		@PrimaryKey
		String id;

		@ManyToMany(target = Project.class, pivotTable = "bad_links", foreignKey = "a", relatedKey = "a")
		List<Project> projects;
	}
}

package dev.dynamite.core.plan;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.model.Document;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How PartiQL parameters find their fields, without a database. */
class StatementBinderTests {

	private final DynamiteMappingContext context = new DynamiteMappingContext();

	private final StatementBinder binder = new StatementBinder(new DynamiteConverter(this.context));

	private final DynamitePersistentEntity<?> documents = this.context.getRequiredPersistentEntity(Document.class);

	@Test
	void aQuestionMarkInsideALiteralIsNoParameter() {
		assertThat(StatementBinder.parameterCount("SELECT * FROM t WHERE a = '?' AND \"b?\" = ? AND c = ?")).isEqualTo(2);
	}

	@Test
	void eachParameterTakesTheCodecOfTheFieldBeforeIt() {
		WritePlan.Statement statement = this.binder.bind(this.documents,
				"SELECT * FROM {table} WHERE doc_title = ? AND contains(labels, ?) AND version BETWEEN ? AND ? AND tags = ?",
				List.of("T", "red", 1, 3L, List.of("a")), QueryOptions.none());
		assertThat(statement.parameters()).containsExactly(AttributeValue.fromS("T"), AttributeValue.fromS("red"),
				AttributeValue.fromN("1"), AttributeValue.fromN("3"),
				AttributeValue.fromL(List.of(AttributeValue.fromS("a"))));
		assertThat(statement.statement()).contains("\"docs\"");
	}

	@Test
	void insertKeysNameTheirFields() {
		WritePlan.Statement statement = this.binder.bind(this.documents,
				"INSERT INTO {table} VALUE {'id': ?, 'labels': ?}", List.of("d1", Set.of("x")), QueryOptions.none());
		assertThat(statement.parameters().get(1).ss()).containsExactly("x");
	}

	@Test
	void aValueThatDoesNotFitItsFieldIsRefusedNamingBoth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.binder.bind(this.documents, "SELECT * FROM {table} WHERE version = ?",
					List.of("soon"), QueryOptions.none()))
			.withMessageContaining("Document").withMessageContaining("version").withMessageContaining("soon");
	}

	@Test
	void aParameterNextToNoFieldTakesItsPlainType() {
		WritePlan.Statement statement = this.binder.bind(this.documents, "SELECT * FROM {table} WHERE size(tags) > ?",
				List.of(2), QueryOptions.none());
		assertThat(statement.parameters()).containsExactly(AttributeValue.fromN("2"));
	}
}

package dev.dynamite.mapping;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Table names: base name, prefix and suffix, or a resolver, checked against DynamoDB's rules. */
class TableNamingTests {

	@Test
	void theBaseNameIsTheAnnotatedNameOrTheSnakeCasePluralOfTheClass() {
		assertThat(TableNaming.baseName(UserProfile.class)).isEqualTo("user_profiles");
		assertThat(TableNaming.baseName(Named.class)).isEqualTo("people");
	}

	@Test
	void prefixAndSuffixSurroundTheBaseName() {
		assertThat(new TableNaming("dev_", "_v2").tableName(UserProfile.class)).isEqualTo("dev_user_profiles_v2");
		assertThat(new TableNaming("dev_").tableName(Named.class)).isEqualTo("dev_people");
	}

	@Test
	void aResolverDecidesTheFullNameFromTheTypeAndTheBaseName() {
		TableNaming naming = new TableNaming((type, base) -> "acme." + base + "." + type.getSimpleName().toLowerCase());
		assertThat(naming.tableName(Named.class)).isEqualTo("acme.people.named");
	}

	@Test
	void aNameDynamoDbWouldRefuseIsAMappingErrorNamingTheEntity() {
		for (TableNameResolver resolver : List.<TableNameResolver>of((type, base) -> "a b", (type, base) -> "x",
				(type, base) -> "n".repeat(256), (type, base) -> null)) {
			assertThatExceptionOfType(InvalidEntityException.class)
				.isThrownBy(() -> new TableNaming(resolver).tableName(UserProfile.class))
				.withMessageContaining("UserProfile")
				.withMessageContaining("user_profiles")
				.withMessageContaining("3 to 255 characters");
		}
	}

	@Test
	void theMappingContextNamesOnlyTablesThroughTheResolver() {
		DynamiteMappingContext context = new DynamiteMappingContext(new TableNaming((type, base) -> "t_" + base),
				java.util.Set.of());
		assertThat(context.getRequiredPersistentEntity(UserProfile.class).getTableName()).isEqualTo("t_user_profiles");
		// a nested value class is no table: the resolver is not asked, and a short name is no error
		assertThat(context.getRequiredPersistentEntity(A.class).getTableName()).isEqualTo("as");
	}

	@DynamiteTable
	static class UserProfile {
		@PrimaryKey String id;
	}

	@DynamiteTable("people")
	static class Named {
		@PrimaryKey String id;
	}

	static class A {
		String value;
	}
}

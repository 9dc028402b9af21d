package dev.dynamite.repository;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.repository.query.DerivedMethodName;
import dev.dynamite.repository.query.PropertyNameResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How method names are prepared for Spring Data's PartTree. */
class DerivedMethodNameTests {

	private final PropertyNameResolver resolver = new PropertyNameResolver(
			new DynamiteMappingContext().getRequiredPersistentEntity(Member.class));

	@Test
	void lastPrefixIsRemovedAndCounted() {
		DerivedMethodName name = DerivedMethodName.parse("findLast5ByRole", this.resolver);
		assertThat(name.last()).isTrue();
		assertThat(name.lastCount()).isEqualTo(5);
		assertThat(name.treeSource()).isEqualTo("findByRole");
		assertThat(DerivedMethodName.parse("findLast", this.resolver).treeSource()).isEqualTo("findBy");
	}

	@Test
	void wordsStartingWithLastAreNotTheLastKeyword() {
		DerivedMethodName name = DerivedMethodName.parse("findLastnameByRole", this.resolver);
		assertThat(name.last()).isFalse();
		assertThat(name.treeSource()).isEqualTo("findLastnameByRole");
	}

	@Test
	void snakeCaseFieldsAreQuotedOnlyAtPropertyBoundaries() {
		assertThat(DerivedMethodName.parse("findByCreatedAtAfterAndUpdatedAtBefore", this.resolver).treeSource())
			.isEqualTo("findBy\\Qcreated_at\\EAfterAnd\\Qupdated_at\\EBefore");
		assertThat(DerivedMethodName.parse("findByRoleOrCreated_at", this.resolver).treeSource())
			.isEqualTo("findByRoleOr\\Qcreated_at\\E");
		assertThat(DerivedMethodName.parse("findByNameCreatedAt", this.resolver).treeSource())
			.isEqualTo("findByNameCreatedAt");
	}

	@Test
	void orderByIsParsedWithResolvedFields() {
		DerivedMethodName name = DerivedMethodName.parse("findTop3ByRoleOrderByCreatedAtDesc", this.resolver);
		assertThat(name.treeSource()).isEqualTo("findTop3ByRole");
		assertThat(name.orderBy()).isEqualTo(Sort.by(Sort.Order.desc("created_at")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DerivedMethodName.parse("findByRoleOrderByCreatedAtDescNameAge", this.resolver))
			.withMessageContaining("'nameAge'")
			.withMessageContaining("Member");
		DerivedMethodName all = DerivedMethodName.parse("findAllByOrderByCreatedAtDescNameAsc", this.resolver);
		assertThat(all.treeSource()).isEqualTo("findAllBy");
		assertThat(all.orderBy()).isEqualTo(Sort.by(Sort.Order.desc("created_at"), Sort.Order.asc("name")));
	}
}

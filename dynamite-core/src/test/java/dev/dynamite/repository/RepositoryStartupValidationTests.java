package dev.dynamite.repository;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.core.RepositoryCreationException;
import org.springframework.data.repository.Repository;

import dev.dynamite.core.Key;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Invalid repository methods fail when the repository is created, with a message naming the method and the cause.
 */
class RepositoryStartupValidationTests {

	private final DynamiteRepositoryFactory factory = new DynamiteRepositoryFactory(new RecordingOperations());

	interface LikeRepository extends Repository<Member, String> {

		List<Member> findByNameLike(String pattern);
	}

	interface EndingWithRepository extends Repository<Member, String> {

		List<Member> findByNameEndingWith(String suffix);
	}

	interface UnknownPropertyRepository extends Repository<Member, String> {

		List<Member> findByShoeSize(int size);
	}

	interface UnknownOrderRepository extends Repository<Member, String> {

		List<Member> findByRoleOrderByShoeSizeDesc(String role);
	}

	interface IgnoreCaseRepository extends Repository<Member, String> {

		List<Member> findByNameIgnoreCase(String name);
	}

	interface MissingArgumentRepository extends Repository<Member, String> {

		List<Member> findByRoleAndName(String role);
	}

	interface WrongIdRepository extends DynamiteRepository<Reading, String> {
	}

	@Test
	void unsupportedKeywordNamesTheMethod() {
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(LikeRepository.class))
			.withMessageContaining("LikeRepository.findByNameLike")
			.withMessageContaining("LIKE");
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(EndingWithRepository.class))
			.withMessageContaining("EndingWithRepository.findByNameEndingWith")
			.withMessageContaining("ENDING_WITH");
	}

	@Test
	void unknownPropertyNamesTheMethodAndTheProperty() {
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(UnknownPropertyRepository.class))
			.withMessageContaining("UnknownPropertyRepository.findByShoeSize")
			.withMessageContaining("shoeSize")
			.withMessageContaining("created_at");
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(UnknownOrderRepository.class))
			.withMessageContaining("UnknownOrderRepository.findByRoleOrderByShoeSizeDesc")
			.withMessageContaining("shoeSize");
	}

	@Test
	void ignoreCaseIsRejected() {
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(IgnoreCaseRepository.class))
			.withMessageContaining("IgnoreCaseRepository.findByNameIgnoreCase")
			.withMessageContaining("IgnoreCase");
	}

	@Test
	void argumentCountMustMatchTheName() {
		assertThatExceptionOfType(RepositoryCreationException.class)
			.isThrownBy(() -> this.factory.getRepository(MissingArgumentRepository.class))
			.withMessageContaining("MissingArgumentRepository.findByRoleAndName")
			.withMessageContaining("2 argument(s)");
	}

	@Test
	void compositeKeyTablesNeedTheKeyIdType() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.factory.getRepository(WrongIdRepository.class))
			.withMessageContaining("WrongIdRepository")
			.withMessageContaining("'seq'")
			.withMessageContaining("dev.dynamite.core.Key");
		assertThat(this.factory.getRepository(ReadingRepository.class)).isNotNull();
	}

	@Test
	void compositeKeyEntityInformationReturnsAKey() {
		var information = this.factory.getEntityInformation(Reading.class);
		assertThat(information.getIdType()).isEqualTo(Key.class);
		assertThat(information.getId(new Reading("s1", 3, 1.0))).isEqualTo(Key.of("s1", 3));
		assertThat(this.factory.getEntityInformation(Member.class).getIdType()).isEqualTo(String.class);
	}
}

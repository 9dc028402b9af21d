package dev.dynamite.test.autoconfigure.app;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import dev.dynamite.autoconfigure.embedded.EmbeddedDynamoDbLocal;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.test.autoconfigure.DynamiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @DynamiteTest} loads Dynamite and the repositories on the embedded server, no web, and resets the data. */
@DynamiteTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynamiteTestIntegrationTests {

	@Autowired
	private NoteRepository notes;

	@Autowired
	private ApplicationContext context;

	@Test
	@Order(1)
	void repositoriesWorkOnTheEmbeddedServerAndNoWebBeansAreLoaded() {
		this.notes.create(new Note("n1", "hello"));
		assertThat(this.notes.findByText("hello")).extracting(Note::getId).containsExactly("n1");
		assertThat(this.context.getBeansOfType(EmbeddedDynamoDbLocal.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(DynamiteOperations.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(NoteController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(DispatcherServlet.class)).isEmpty();
	}

	@Test
	@Order(2)
	void eachTestStartsWithEmptyTables() {
		assertThat(this.notes.count()).isZero();
		this.notes.create(new Note("n2", "again"));
	}

	@Test
	@Order(3)
	void theDataOfTheTestBeforeIsGone() {
		assertThat(this.notes.findAll()).isEmpty();
	}
}

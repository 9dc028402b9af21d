package dev.dynamite.test.autoconfigure.app;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;


import dev.dynamite.test.autoconfigure.DynamiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code resetData = false} keeps what earlier tests wrote; {@code properties} reach the environment. */
@DynamiteTest(resetData = false, properties = "dynamite.table-prefix=kept_")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepDataIntegrationTests {

	@Autowired
	private NoteRepository notes;

	@Test
	@Order(1)
	void writes() {
		this.notes.deleteAll();
		this.notes.save(new Note("k1", "kept"));
	}

	@Test
	@Order(2)
	void theNextTestStillSeesIt() {
		assertThat(this.notes.findById("k1")).isPresent();
		assertThat(this.notes.findAll()).hasSize(1);
	}
}

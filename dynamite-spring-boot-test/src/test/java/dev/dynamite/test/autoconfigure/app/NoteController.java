package dev.dynamite.test.autoconfigure.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A web component the slice must leave out. */
@RestController
public class NoteController {

	@GetMapping("/notes")
	String notes() {
		return "notes";
	}
}

package dev.dynamite.test.autoconfigure.app;

import java.util.List;

import dev.dynamite.repository.DynamiteRepository;

/** A repository of the slice tests. */
public interface NoteRepository extends DynamiteRepository<Note, String> {

	List<Note> findByText(String text);
}

package dev.dynamite.autoconfigure.sample;

import java.util.List;

import dev.dynamite.repository.DynamiteRepository;

/** A repository found by the auto-configuration under the sample package. */
public interface BookRepository extends DynamiteRepository<Book, String> {

	List<Book> findByAuthor(String author);
}

package dev.dynamite.autoconfigure.sample;

import dev.dynamite.repository.ReactiveDynamiteRepository;
import reactor.core.publisher.Flux;

/** A reactive repository found by the auto-configuration under the sample package. */
public interface ReactiveBookRepository extends ReactiveDynamiteRepository<Book, String> {

	Flux<Book> findByAuthor(String author);
}

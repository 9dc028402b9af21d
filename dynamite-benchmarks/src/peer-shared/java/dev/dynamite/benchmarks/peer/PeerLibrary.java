package dev.dynamite.benchmarks.peer;

import java.util.List;

/**
 * The operations of the side-by-side comparison, as one library's Spring Data repository performs them on the
 * table {@value PeerWorkload#TABLE} (items {@code c0 ... c1999}: id, name, email, role, age).
 */
public interface PeerLibrary {

	/** The library's name in the results. */
	String name();

	/** {@code findById(id)}; returns 1 when found. */
	int findById(String id);

	/** {@code findAllById(ids)}; returns the number found. */
	int findAllById(List<String> ids);

	/** {@code save} of an existing item with a new name (the other attributes unchanged). */
	void save(String id, String name, String role, int age);

	/** {@code saveAll} of new items {@code <prefix>0 ... <prefix>(count-1)}. */
	void saveAll(String prefix, int count);

	/** {@code findByRole(role)} (a Scan with a filter on both); returns the number found. */
	int findByRole(String role);

	/** {@code count()}. */
	long count();

	/** Reads every page of {@code findAll(PageRequest.of(page, size))}; returns the items seen. */
	int pagePass(int size);

	/** Reads the whole table through a keyset {@code Window} of {@code size}; -1 when the library has none. */
	int windowPass(int size);
}

package dev.dynamite.core.trust;

import java.util.List;
import java.util.Set;

import dev.dynamite.repository.DynamiteRepository;

public interface ListenerRepository extends DynamiteRepository<Listener, String> {

	List<Listener> findByNameAndPostCode(String name, String postCode);

	long countByPostCode(String postCode);

	List<Listener> findAllByTagsContaining(Set<String> tags);

	List<Listener> findAllByTagsContaining(String tag);

	void deleteByIdAndName(String id, String name);
}

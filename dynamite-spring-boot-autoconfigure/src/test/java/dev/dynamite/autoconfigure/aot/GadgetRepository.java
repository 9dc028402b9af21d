package dev.dynamite.autoconfigure.aot;

import java.util.List;

import dev.dynamite.repository.DynamiteRepository;

/** The gadgets' repository, found by the auto-configuration. */
public interface GadgetRepository extends DynamiteRepository<Gadget, String> {

	List<Gadget> findByLabel(String label);
}

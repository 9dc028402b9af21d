package dev.dynamite.startupfailure.unknown;

import java.util.List;

import dev.dynamite.startupfailure.unknown.UnknownPropertyApplication.Pet;
import dev.dynamite.repository.DynamiteRepository;

public interface PetRepository extends DynamiteRepository<Pet, String> {

	List<Pet> findByColour(String colour);
}

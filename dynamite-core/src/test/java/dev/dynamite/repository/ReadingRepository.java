package dev.dynamite.repository;

import java.util.List;
import java.util.Optional;

import dev.dynamite.core.Key;

/** A repository of a composite-key table: the ID is a {@link Key}. */
public interface ReadingRepository extends DynamiteRepository<Reading, Key> {

	List<Reading> findBySensor(String sensor);

	List<Reading> findBySensorAndSeqGreaterThan(String sensor, int seq);

	List<Reading> findTop3BySensorOrderBySeqDesc(String sensor);

	Optional<Reading> findLastBySensor(String sensor);
}

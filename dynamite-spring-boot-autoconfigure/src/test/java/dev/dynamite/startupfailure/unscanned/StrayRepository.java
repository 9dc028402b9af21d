package dev.dynamite.startupfailure.unscanned;

import dev.dynamite.startupfailure.stray.Stray;
import dev.dynamite.repository.DynamiteRepository;

public interface StrayRepository extends DynamiteRepository<Stray, String> {
}

package dev.dynamite.sample;

import dev.dynamite.repository.DynamiteRepository;

/**
 * The users: the seed's model operations ({@code create}, {@code where}, {@code first}, {@code last},
 * {@code destroy}, ...) plus Spring Data's CRUD methods. Implemented by Dynamite at start-up.
 */
public interface UserRepository extends DynamiteRepository<User, String> {
}

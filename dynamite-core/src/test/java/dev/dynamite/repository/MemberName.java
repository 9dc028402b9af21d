package dev.dynamite.repository;

/**
 * A DTO projection of {@link Member}.
 *
 * @param name the member's name
 * @param role the member's role
 */
public record MemberName(String name, String role) {
}

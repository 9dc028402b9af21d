/**
 * Spring Data repositories for Dynamite entities: {@link dev.dynamite.repository.DynamiteRepository}.
 */
@NullMarked
package dev.dynamite.repository;

import org.jspecify.annotations.NullMarked;

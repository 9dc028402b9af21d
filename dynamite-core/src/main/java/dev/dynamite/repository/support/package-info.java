/**
 * The repository factory (and its FactoryBean) and {@link dev.dynamite.repository.support.SimpleDynamiteRepository}.
 */
@NullMarked
package dev.dynamite.repository.support;

import org.jspecify.annotations.NullMarked;

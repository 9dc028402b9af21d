/**
 * Derived queries: method names compiled to a {@link dev.dynamite.core.Filter} and {@link dev.dynamite.core.QueryOptions}, executed through {@link dev.dynamite.core.DynamiteOperations}.
 */
@NullMarked
package dev.dynamite.repository.query;

import org.jspecify.annotations.NullMarked;

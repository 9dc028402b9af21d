/**
 * Spring Data entity callbacks of Dynamite's writes and reads, and the auditing callback.
 */
@NullMarked
package dev.dynamite.core.mapping.event;

import org.jspecify.annotations.NullMarked;

/**
 * The benchmark entities, mapped for both Dynamite (field annotations) and the enhanced client (getter
 * annotations), with the same attribute names.
 */
@NullMarked
package dev.dynamite.benchmarks.model;

import org.jspecify.annotations.NullMarked;

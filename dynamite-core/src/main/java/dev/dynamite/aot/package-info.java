/**
 * Spring AOT support: the reflection hints that entities, their value generators and Dynamite's repository classes
 * need in a native image, and build-time entity lists instead of start-up scanning.
 */
@NullMarked
package dev.dynamite.aot;

import org.jspecify.annotations.NullMarked;

/**
 * The embedded in-memory DynamoDB Local started when it is on the classpath and no endpoint is configured.
 */
@NullMarked
package dev.dynamite.autoconfigure.embedded;

import org.jspecify.annotations.NullMarked;

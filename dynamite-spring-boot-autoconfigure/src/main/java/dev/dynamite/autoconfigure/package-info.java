/**
 * Spring Boot auto-configuration of Dynamite: {@link dev.dynamite.autoconfigure.DynamiteProperties}, the DynamoDB
 * client, entity scanning, schema sync, template and repositories.
 */
@NullMarked
package dev.dynamite.autoconfigure;

import org.jspecify.annotations.NullMarked;

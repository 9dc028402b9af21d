/**
 * Micrometer observations of DynamoDB requests: each request Dynamite sends is one observation named
 * {@value dev.dynamite.core.observation.DynamiteRequestObservationConvention#NAME}, whose low-cardinality keys are the
 * table, the operation, the index and the outcome; with a meter handler it is a timer, with tracing a span.
 */
@NullMarked
package dev.dynamite.core.observation;

import org.jspecify.annotations.NullMarked;

/**
 * The sample's REST API for users, with RFC 9457 problem details for bad input.
 */
@NullMarked
package dev.dynamite.sample.web;

import org.jspecify.annotations.NullMarked;

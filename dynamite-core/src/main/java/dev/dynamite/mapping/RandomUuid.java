package dev.dynamite.mapping;

import java.util.UUID;

/**
 * Generates a random (version 4) UUID string, as the seed's {@code crypto.randomUUID()} does.
 */
public final class RandomUuid implements ValueGenerator<String> {

	@Override
	public String generate() {
		return UUID.randomUUID().toString();
	}
}

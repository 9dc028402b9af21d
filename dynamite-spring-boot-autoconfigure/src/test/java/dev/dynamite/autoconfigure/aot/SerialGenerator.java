package dev.dynamite.autoconfigure.aot;

import java.util.concurrent.atomic.AtomicLong;

import dev.dynamite.mapping.ValueGenerator;

/** Ids "g1", "g2", ...: a generator that only a reflection hint makes reachable in a native image. */
public class SerialGenerator implements ValueGenerator<String> {

	private static final AtomicLong next = new AtomicLong();

	@Override
	public String generate() {
		return "g" + next.incrementAndGet();
	}
}

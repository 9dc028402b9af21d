package dev.dynamite.mapping;

import java.security.SecureRandom;

/**
 * Generates ULIDs, the seed's ids: 26 characters of Crockford base 32, a 48-bit millisecond timestamp then 80 random
 * bits, so that ids sort by creation time. Monotonic within a process: an id made in the same millisecond as the one
 * before it is that one plus one, so every id is greater than the ones this process made before (as the ULID
 * specification's monotonic mode has it).
 */
public final class Ulid implements ValueGenerator<String> {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom random = new SecureRandom();

	private static final Object lock = new Object();

	/** The time of the last id, and its 80 random bits as 16 high and 64 low bits. */
	private static long lastTime = -1;

	private static long high;

	private static long low;

	@Override
	public String generate() {
		long time;
		long randomHigh;
		long randomLow;
		synchronized (lock) {
			long now = System.currentTimeMillis();
			if (now > lastTime) {
				lastTime = now;
				high = random.nextInt() & 0xFFFF;
				low = random.nextLong();
			}
			else if (++low == 0 && ++high > 0xFFFF) {
				// 2^80 ids in one millisecond: borrow the next millisecond
				lastTime++;
				high = random.nextInt() & 0xFFFF;
				low = random.nextLong();
			}
			time = lastTime;
			randomHigh = high;
			randomLow = low;
		}
		return encode(time, randomHigh, randomLow);
	}

	private static String encode(long time, long randomHigh, long randomLow) {
		char[] out = new char[26];
		// 48 bits of time in 10 characters (the first holds 3 bits)
		for (int i = 9; i >= 0; i--) {
			out[i] = ALPHABET[(int) (time & 31)];
			time >>>= 5;
		}
		// 80 random bits in 16 characters: 16 high bits and 64 low bits, 5 bits a character from the end
		for (int i = 25; i >= 10; i--) {
			out[i] = ALPHABET[(int) (randomLow & 31)];
			randomLow = (randomLow >>> 5) | ((randomHigh & 31) << 59);
			randomHigh >>>= 5;
		}
		return new String(out);
	}
}

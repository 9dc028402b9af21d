package dev.dynamite.core.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock of {@code @CreatedAt} / {@code @UpdatedAt}: millisecond instants that strictly increase within the
 * process, so records created in the same millisecond still keep their creation order.
 */
public final class Timestamps {

	private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final AtomicLong LAST = new AtomicLong();

	private Timestamps() {
	}

	/**
	 * The next instant: now, or one millisecond after the previous one if the clock has not moved on.
	 * @return the next instant
	 */
	public static Instant next() {
		long now = System.currentTimeMillis();
		long millis = LAST.updateAndGet(last -> Math.max(now, last + 1));
		return Instant.ofEpochMilli(millis);
	}

	/**
	 * The instant as a value of the field type: ISO-8601 UTC with millis and {@code Z} for strings.
	 * @param type the entity class
	 * @param instant the instant
	 * @return the instant as a value of the field type
	 */
	public static Object as(Class<?> type, Instant instant) {
		if (type == String.class) {
			return ISO_MILLIS.format(instant);
		}
		if (type == Instant.class) {
			return instant;
		}
		if (type == OffsetDateTime.class) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		if (type == ZonedDateTime.class) {
			return instant.atZone(ZoneOffset.UTC);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		if (type == Long.class || type == long.class) {
			return instant.toEpochMilli();
		}
		if (type == Date.class) {
			return Date.from(instant);
		}
		throw new IllegalArgumentException("Unsupported timestamp type " + type.getName()
				+ "; use String, Instant, OffsetDateTime, ZonedDateTime, LocalDateTime, Date or Long");
	}
}

package dev.dynamite.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;

import org.springframework.util.ClassUtils;

/**
 * How a field's value is written into a composite key ({@link KeyTemplate @KeyTemplate},
 * {@link IndexTemplate @IndexTemplate}) so that the key's string order is the values' order and no value can end its
 * segment early or look like another segment:
 * <ul>
 * <li>strings: {@code \} as {@code \\} and {@code #} as {@code \#};</li>
 * <li>whole numbers ({@code byte} ... {@code long}): 20 digits, the value plus 2<sup>63</sup> (so negative numbers
 * sort before positive ones);</li>
 * <li>{@code Instant}: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ} in UTC (years 0000 to 9999); {@code LocalDateTime}, {@code LocalDate},
 * {@code LocalTime}: their ISO forms with nine fraction digits where they have a time;</li>
 * <li>enums: their name; {@code UUID}: its text; {@code Boolean}: {@code true}/{@code false}.</li>
 * </ul>
 * Other types (decimals, floating point, collections) have no order-preserving fixed form and are refused at start-up.
 */
public final class KeyValueEncoding {

	private static final DateTimeFormatter INSTANT = new java.time.format.DateTimeFormatterBuilder()
		.appendPattern("uuuu-MM-dd'T'HH:mm:ss")
		.appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
		.appendLiteral('Z')
		.toFormatter(Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL_DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
		.appendPattern("uuuu-MM-dd'T'HH:mm:ss")
		.appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter LOCAL_TIME = new java.time.format.DateTimeFormatterBuilder()
		.appendPattern("HH:mm:ss")
		.appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
		.toFormatter(Locale.ROOT);

	private KeyValueEncoding() {
	}

	/**
	 * Whether values of the type can be part of a composite key.
	 * @param type the field's type
	 * @return whether values of the type can be part of a composite key
	 */
	public static boolean supports(Class<?> type) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		return boxed == String.class || boxed == Long.class || boxed == Integer.class || boxed == Short.class
				|| boxed == Byte.class || boxed == Instant.class || boxed == LocalDateTime.class
				|| boxed == LocalDate.class || boxed == LocalTime.class || boxed == UUID.class || boxed == Boolean.class
				|| boxed.isEnum();
	}

	/**
	 * The value's text in a composite key.
	 * @param value a value of a {@linkplain #supports supported} type
	 * @return the encoded text
	 * @throws IllegalArgumentException for a type without a key form
	 */
	public static String encode(Object value) {
		if (value instanceof String text) {
			return escape(text);
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return padUnsigned(((Number) value).longValue() ^ Long.MIN_VALUE);
		}
		if (value instanceof Instant instant) {
			requireFourDigitYear(instant.atOffset(ZoneOffset.UTC).getYear(), value);
			return INSTANT.format(instant);
		}
		if (value instanceof LocalDateTime dateTime) {
			requireFourDigitYear(dateTime.getYear(), value);
			return LOCAL_DATE_TIME.format(dateTime);
		}
		if (value instanceof LocalDate date) {
			requireFourDigitYear(date.getYear(), value);
			return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		if (value instanceof LocalTime time) {
			return LOCAL_TIME.format(time);
		}
		if (value instanceof Enum<?> constant) {
			return escape(constant.name());
		}
		if (value instanceof UUID || value instanceof Boolean) {
			return value.toString();
		}
		throw new IllegalArgumentException("A %s value has no composite-key form (%s)".formatted(
				value.getClass().getSimpleName(), value));
	}

	/** Years 0 to 9999 keep the fixed width that makes string order the time order. */
	private static void requireFourDigitYear(int year, Object value) {
		if (year < 0 || year > 9999) {
			throw new IllegalArgumentException(("%s has a year outside 0000-9999, which has no fixed-width key form (the "
					+ "key's order would not be the time order)").formatted(value));
		}
	}

	/** An unsigned long as exactly 20 digits. */
	private static String padUnsigned(long unsigned) {
		String digits = Long.toUnsignedString(unsigned);
		return "0".repeat(20 - digits.length()) + digits;
	}

	/**
	 * A string with {@code \} and {@code #} escaped.
	 * @param text the text
	 * @return the escaped text
	 */
	public static String escape(String text) {
		if (text.indexOf('\\') < 0 && text.indexOf('#') < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 4);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '#') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}
}

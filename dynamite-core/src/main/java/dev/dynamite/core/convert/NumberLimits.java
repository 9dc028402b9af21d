package dev.dynamite.core.convert;

import java.math.BigDecimal;

/**
 * DynamoDB's limits on numbers: at most 38 significant digits, a magnitude between 1E-130 and 9.99E+125 (or zero).
 * A number outside them is refused by DynamoDB with a validation error; Dynamite refuses it before any request.
 */
final class NumberLimits {

	static final int MAX_DIGITS = 38;

	private static final BigDecimal MAX_EXCLUSIVE = new BigDecimal("1E+126");

	private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

	/** Plain numbers this short always fit: at most 38 digits, magnitude between 1E-36 and 1E38. */
	private static final int ALWAYS_FITS = MAX_DIGITS;

	private NumberLimits() {
	}

	/**
	 * Checks a number as DynamoDB would store it ({@code N}).
	 * @param number the number in DynamoDB's string form
	 * @param value the Java value, for the message
	 * @throws ValueException when DynamoDB cannot store the number
	 */
	static void check(String number, Object value) {
		if (number.length() <= ALWAYS_FITS && number.indexOf('E') < 0 && number.indexOf('e') < 0) {
			return;
		}
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw new ValueException(value, "'" + number + "' is not a number");
		}
		if (decimal.signum() == 0) {
			return;
		}
		BigDecimal magnitude = decimal.abs();
		if (magnitude.compareTo(MAX_EXCLUSIVE) >= 0) {
			throw new ValueException(value, "DynamoDB numbers must be below 9.99E+125 in magnitude");
		}
		if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
			throw new ValueException(value, "DynamoDB numbers other than 0 must be at least 1E-130 in magnitude");
		}
		if (decimal.stripTrailingZeros().precision() > MAX_DIGITS) {
			throw new ValueException(value, "DynamoDB numbers have at most 38 significant digits");
		}
	}
}

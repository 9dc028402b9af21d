package dev.dynamite.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed guide's "Expected Output" ({@code expected-output.txt}) and how a console is checked against it, line by
 * line; only the generated UUIDs differ.
 */
public final class SeedGuideOutput {

	private static final Pattern UUID_IN_PARENTHESES = Pattern
		.compile("\\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)$");

	/** The demo's first line. */
	public static final String FIRST_LINE = "=== User Management System ===";

	/** The demo's last line. */
	public static final String LAST_LINE = "=== All operations completed successfully ===";

	private SeedGuideOutput() {
	}

	/** Asserts that the console holds the expected output once, line by line, with three distinct version-4 ids. */
	public static void assertPrintedOnce(String console) {
		List<String> printed = demoLines(console);
		List<String> expected = expectedLines();
		assertThat(printed).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(withoutUuid(printed.get(i))).as("line %d", i + 1).isEqualTo(withoutUuid(expected.get(i)));
		}
		assertThat(createdIds(printed)).hasSize(3).doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
	}

	/** The demo's lines, from its title to its last line, as printed once. */
	public static List<String> demoLines(String out) {
		List<String> lines = Arrays.asList(out.split("\\R", -1));
		int first = lines.indexOf(FIRST_LINE);
		int last = lines.indexOf(LAST_LINE);
		assertThat(first).as("demo title printed").isNotNegative();
		assertThat(last).as("demo end printed").isGreaterThan(first);
		assertThat(lines.lastIndexOf(FIRST_LINE)).as("demo printed once").isEqualTo(first);
		return lines.subList(first, last + 1);
	}

	private static List<String> expectedLines() {
		try {
			String text = new ClassPathResource("expected-output.txt").getContentAsString(StandardCharsets.UTF_8);
			return Arrays.asList(text.strip().split("\\R", -1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String withoutUuid(String line) {
		return UUID_IN_PARENTHESES.matcher(line).replaceFirst("(<uuid>)");
	}

	public static List<String> createdIds(List<String> lines) {
		return lines.stream().filter(line -> line.startsWith("Created: ")).map(line -> {
			Matcher matcher = UUID_IN_PARENTHESES.matcher(line);
			assertThat(matcher.find()).as("UUID in '%s'", line).isTrue();
			return matcher.group(1);
		}).toList();
	}
}

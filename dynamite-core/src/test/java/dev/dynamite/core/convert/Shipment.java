package dev.dynamite.core.convert;

import java.time.LocalDate;
import java.util.Date;

import dev.dynamite.mapping.Convert;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Per-field converters on a sort key (a number) and on a GSI key (a value type stored as a string). */
@DynamiteTable
public class Shipment {

	@PrimaryKey
	private String warehouse;

	/** Stored as the epoch day, a number: the sort key's type is N. */
	@SortKey
	@Convert(EpochDay.class)
	private LocalDate day;

	/** A value type that would otherwise be a nested map; its converter makes it a string key. */
	@GlobalIndex(name = "by_code")
	@Convert(CodeConverter.class)
	private Code code;

	/** Converted by the type-wide LocalDate converter the test registers. */
	private LocalDate due;

	/** The built-in java.util.Date converter. */
	private Date shipped;

	public Shipment() {
	}

	public Shipment(String warehouse, LocalDate day, Code code) {
		this.warehouse = warehouse;
		this.day = day;
		this.code = code;
	}

	public String getWarehouse() { return this.warehouse; }
	public void setWarehouse(String warehouse) { this.warehouse = warehouse; }
	public LocalDate getDay() { return this.day; }
	public void setDay(LocalDate day) { this.day = day; }
	public Code getCode() { return this.code; }
	public void setCode(Code code) { this.code = code; }
	public LocalDate getDue() { return this.due; }
	public void setDue(LocalDate due) { this.due = due; }
	public Date getShipped() { return this.shipped; }
	public void setShipped(Date shipped) { this.shipped = shipped; }

	/** A shipment code. */
	public record Code(String prefix, int number) {
	}

	/** LocalDate as its epoch day. */
	public static class EpochDay implements AttributeConverter<LocalDate> {

		@Override
		public AttributeValue transformFrom(LocalDate input) {
			return AttributeValue.fromN(Long.toString(input.toEpochDay()));
		}

		@Override
		public LocalDate transformTo(AttributeValue input) {
			return LocalDate.ofEpochDay(Long.parseLong(input.n()));
		}

		@Override
		public EnhancedType<LocalDate> type() {
			return EnhancedType.of(LocalDate.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.N;
		}
	}

	/** A code as {@code PREFIX-number}. */
	public static class CodeConverter implements AttributeConverter<Code> {

		@Override
		public AttributeValue transformFrom(Code input) {
			return AttributeValue.fromS(input.prefix() + "-" + input.number());
		}

		@Override
		public Code transformTo(AttributeValue input) {
			int dash = input.s().lastIndexOf('-');
			return new Code(input.s().substring(0, dash), Integer.parseInt(input.s().substring(dash + 1)));
		}

		@Override
		public EnhancedType<Code> type() {
			return EnhancedType.of(Code.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.S;
		}
	}

	/** A type-wide LocalDate converter: {@code D:2026-01-31}. */
	public static class PrefixedDate implements AttributeConverter<LocalDate> {

		@Override
		public AttributeValue transformFrom(LocalDate input) {
			return AttributeValue.fromS("D:" + input);
		}

		@Override
		public LocalDate transformTo(AttributeValue input) {
			return LocalDate.parse(input.s().substring(2));
		}

		@Override
		public EnhancedType<LocalDate> type() {
			return EnhancedType.of(LocalDate.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.S;
		}
	}
}

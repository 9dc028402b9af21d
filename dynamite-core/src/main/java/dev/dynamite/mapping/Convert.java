package dev.dynamite.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;

/**
 * Stores this field with the given SDK {@link AttributeConverter}, instead of the built-in conversion or a converter
 * registered for the field's type. The converter needs a no-argument constructor; one instance serves the field. Its
 * {@link AttributeConverter#attributeValueType() attributeValueType()} decides the DynamoDB type of the field when it
 * is a key of the table or of an index ({@code S}, {@code N} or {@code B}). Filters on the field convert their values
 * with it too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface Convert {

	/**
	 * The converter class; its {@code type()} must accept the field's type.
	 * @return the converter class
	 */
	Class<? extends AttributeConverter<?>> value();
}

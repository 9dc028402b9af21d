package dev.dynamite.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns errors into RFC 9457 problem details ({@code application/problem+json}) whose {@code detail} names the field
 * and the value: Dynamite's {@link IllegalArgumentException}s (unknown field, unconvertible value, negative skip or
 * limit, a change to the key) and unreadable or invalid bodies become 400; missing items 404; duplicate keys and
 * stale versions 409; an unreachable or throttling DynamoDB 503.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	/** Bad input found by Dynamite or the controller, before any request to DynamoDB. */
	@ExceptionHandler({ IllegalArgumentException.class, InvalidDataAccessApiUsageException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	/** An update of an item that does not exist. */
	@ExceptionHandler(EmptyResultDataAccessException.class)
	ProblemDetail notFound(EmptyResultDataAccessException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	/** A create with a key that exists, or a write with a stale version. */
	@ExceptionHandler({ DuplicateKeyException.class, OptimisticLockingFailureException.class })
	ProblemDetail conflict(DataAccessException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	/** DynamoDB unreachable or throttling. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ProblemDetail unavailable(DataAccessException ex) {
		log.warn("DynamoDB unavailable: " + ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "DynamoDB unavailable", "DynamoDB is unavailable; try again later");
	}

	/** Any other data access failure: logged, not echoed. */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail dataAccessFailure(DataAccessException ex) {
		log.error("Data access failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Data access failed", "The request could not be completed");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", "Request body is not valid JSON");
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = fieldName(jackson);
			body.setProperty("field", field);
			if (cause instanceof UnrecognizedPropertyException) {
				body.setDetail("Unknown field '" + field + "' in request body");
			}
			else if (cause instanceof InvalidFormatException invalid) {
				body.setProperty("value", String.valueOf(invalid.getValue()));
				body.setDetail("Invalid value '" + invalid.getValue() + "' for field '" + field + "': expected "
						+ typeName(invalid.getTargetType()));
			}
			else if (cause instanceof MismatchedInputException mismatched) {
				body.setDetail("Invalid value for field '" + field + "': expected " + typeName(mismatched.getTargetType()));
			}
		}
		else if (cause instanceof MismatchedInputException) {
			body.setDetail("Request body must be a JSON object");
		}
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "?";
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Bad request", "Invalid value '" + ex.getValue()
				+ "' for parameter '" + field + "': expected " + typeName(ex.getRequiredType()));
		body.setProperty("field", field);
		body.setProperty("value", String.valueOf(ex.getValue()));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, @Nullable Object>> errors = ex.getFieldErrors().stream().map(ApiExceptionHandler::describe).toList();
		String detail = ex.getFieldErrors().stream()
			.map(error -> "field '" + error.getField() + "' (value '" + error.getRejectedValue() + "') "
					+ error.getDefaultMessage())
			.collect(Collectors.joining("; ", "Invalid user: ", ""));
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid request content", detail);
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static Map<String, @Nullable Object> describe(FieldError error) {
		Map<String, @Nullable Object> description = new LinkedHashMap<>();
		description.put("field", error.getField());
		description.put("value", error.getRejectedValue());
		description.put("message", error.getDefaultMessage());
		return description;
	}

	private static String fieldName(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String typeName(@Nullable Class<?> type) {
		if (type == null) {
			return "a different type";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "a whole number";
		}
		return "a " + type.getSimpleName();
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}

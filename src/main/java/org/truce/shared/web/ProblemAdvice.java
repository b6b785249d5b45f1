package org.truce.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.truce.shared.Conflict;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.Problem;
import org.truce.shared.TooLarge;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every refusal into an RFC 9457 problem document that names the field and the reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        return ResponseEntity.status(statusOf(problem)).body(documentOf(problem));
    }

    public static HttpStatus statusOf(Problem problem) {
        if (problem instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        } else if (problem instanceof org.truce.shared.NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (problem instanceof Conflict) {
            return HttpStatus.CONFLICT;
        } else if (problem instanceof org.truce.shared.Forbidden) {
            return HttpStatus.FORBIDDEN;
        } else if (problem instanceof TooLarge) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        throw new IllegalArgumentException("unmapped problem " + problem.getClass());
    }

    public static ProblemDetail documentOf(Problem problem) {
        ProblemDetail document = ProblemDetails.of(statusOf(problem), problem.type(), problem.title(), problem.getMessage());
        if (problem instanceof InvalidInput invalid) {
            ProblemDetails.withFields(document, invalid.problems());
        } else if (problem instanceof Conflict conflict && conflict.field() != null) {
            ProblemDetails.withFields(document, List.of(new FieldProblem(conflict.field(), conflict.getMessage())));
        } else if (problem instanceof TooLarge tooLarge) {
            ProblemDetails.withFields(document, List.of(new FieldProblem(tooLarge.field(), tooLarge.getMessage())));
        }
        return document;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("refused a write that broke a database constraint", e);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetails.of(HttpStatus.CONFLICT, "conflict",
                "Conflict with the current state", "the change conflicts with data already recorded"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Problem problem = problemIn(e);
        if (problem != null) {
            return problem(problem);
        }
        log.error("unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemDetails.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the server failed; nothing was written unless a later read shows it"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Problem problem = problemIn(e);
        if (problem != null) {
            return ResponseEntity.status(statusOf(problem)).body(documentOf(problem));
        }
        return ResponseEntity.badRequest().body(ProblemDetails.invalid(List.of(unreadable(e))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> problems.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> problems.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(ProblemDetails.invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        return ResponseEntity.badRequest().body(ProblemDetails.invalid(List.of(
                new FieldProblem(field, "'" + e.getValue() + "' is not " + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemDetails.invalid(List.of(
                new FieldProblem(e.getParameterName(), "required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        String limit = e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize() + " bytes" : "";
        ProblemDetail document = ProblemDetails.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Input too large",
                "file: the upload exceeds the size limit" + limit + "; nothing was stored");
        ProblemDetails.withFields(document, List.of(new FieldProblem("file", "exceeds the size limit" + limit)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(document);
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; known fields: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new FieldProblem(path(unknown), "unknown field" + known);
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldProblem(path(format), "'" + format.getValue() + "' is not " + describe(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "of the expected type" : describe(mismatch.getTargetType());
            String field = path(mismatch);
            return new FieldProblem(field.isEmpty() ? "body" : field, "must be " + expected);
        }
        if (cause instanceof StreamReadException syntax) {
            String where = syntax.getLocation() == null ? "" : " at line " + syntax.getLocation().getLineNr()
                    + ", column " + syntax.getLocation().getColumnNr();
            return new FieldProblem("body", "malformed JSON" + where);
        }
        if (cause instanceof JacksonException jackson) {
            String field = path(jackson);
            return new FieldProblem(field.isEmpty() ? "body" : field, jackson.getOriginalMessage());
        }
        return new FieldProblem("body", "missing or unreadable request body");
    }

    /** A JSON path such as {@code terms.categories[2]} from Jackson's reference chain. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> jsonName((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an instant such as 2025-03-18T00:00:00Z";
            case "LocalDate" -> "a date such as 2025-03-18";
            case "Double", "double" -> "a number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private static String jsonName(Enum<?> constant) {
        try {
            var annotation = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            if (annotation != null && !annotation.value().isEmpty()) {
                return annotation.value();
            }
        } catch (NoSuchFieldException e) {
            // an enum constant is always a field of its class
        }
        return constant.toString();
    }

    /** A problem thrown inside deserialization (a record's constructor refusing a value). */
    private static Problem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem problem) {
                return problem;
            }
        }
        return null;
    }
}

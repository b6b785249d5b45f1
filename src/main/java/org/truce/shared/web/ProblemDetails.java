package org.truce.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.truce.shared.FieldProblem;

/**
 * The shape of every error Truce answers with: an RFC 9457 problem document whose {@code errors}
 * list names each field and the reason, and whose {@code field} names the first one.
 */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                first.field() + ": " + first.reason() + more);
        withFields(problem, problems);
        return problem;
    }

    public static ProblemDetail withFields(ProblemDetail problem, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            problem.setProperty("field", problems.get(0).field());
            problem.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
        }
        return problem;
    }
}

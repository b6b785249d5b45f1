package org.truce.agreement;

import org.truce.shared.FieldProblem;

/**
 * One thing the vagueness check found, that a mediator must settle before a party may sign.
 *
 * @param field  the JSON path in the version ({@code terms.until}, {@code terms.clauses[2].restates})
 * @param code   a stable code for the kind of finding ({@code no_end}, {@code clause_contradicts_terms})
 * @param reason what is wrong and what to do, in words
 */
public record Finding(String field, String code, String reason) {

    public FieldProblem asFieldProblem() {
        return new FieldProblem(field, reason);
    }
}

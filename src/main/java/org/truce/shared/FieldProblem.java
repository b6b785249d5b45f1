package org.truce.shared;

/**
 * One thing wrong with one field of the input.
 *
 * @param field  where: a JSON path such as {@code terms.categories[2]}, a query parameter, a CSV
 *               column, or {@code row 17: latitude} in a bulk file
 * @param reason why, in words a user can act on
 */
public record FieldProblem(String field, String reason) {
}

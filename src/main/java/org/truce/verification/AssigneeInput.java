package org.truce.verification;

/** Who takes an incident of the queue: a monitor's or the mediator's account id, {@code me}, or null to release it. */
public record AssigneeInput(String assignee) {
}

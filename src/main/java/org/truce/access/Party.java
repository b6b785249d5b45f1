package org.truce.access;

import java.time.Instant;

/** A party to talks or an agreement, by its code ({@code UA}, {@code RU}). Party codes are public. */
public record Party(String code, String name, Instant createdAt) {
}

package org.truce.access;

/** A modern, salted, slow password hash (Argon2id at the edge). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}

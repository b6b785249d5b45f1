package org.truce;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Spring Boot application. It is started by the {@code truce} command line
 * ({@code org.truce.cli.TruceCommand}), which decides whether a server starts at all
 * ({@code serve}, {@code demo}) or a client-side command runs ({@code sign}, {@code audit}, …).
 */
@SpringBootApplication
@EnableScheduling
public class TruceApplication {
}

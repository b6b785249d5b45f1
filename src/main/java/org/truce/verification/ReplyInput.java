package org.truce.verification;

import java.util.List;

/** The accused party's reply ({@code POST /api/incidents/{id}/replies}); evidence: SHA-256 of files it uploaded. */
public record ReplyInput(String text, List<String> evidence) {
}

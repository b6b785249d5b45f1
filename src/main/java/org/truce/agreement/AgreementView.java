package org.truce.agreement;

import java.time.Instant;
import java.util.List;

/**
 * An agreement as one viewer may see it, at an instant: the parties concerned, the mediator and
 * the monitors see every version; anyone else only the versions every party signed.
 *
 * @param id               {@code agr_…}
 * @param title            from the latest version shown
 * @param parties          the parties bound
 * @param mediator         who brokered it
 * @param at               the instant the statuses are for
 * @param status           the agreement's status at that instant
 * @param governingVersion the version that governs at that instant (in force or expired), if any
 * @param latestVersion    the latest version shown
 * @param versions         the versions shown, oldest first
 */
public record AgreementView(String id, String title, List<String> parties, String mediator, Instant at, Status status,
                            Integer governingVersion, int latestVersion, List<VersionView> versions) {
}

package org.truce.ui;

import java.util.List;
import java.util.function.Function;

/**
 * The reasons the API gives for refusing a field that the forms show in the reader's language:
 * each a pattern of the server's English reason and the message key of its translation, whose
 * {@code {0}}, {@code {1}} are the pattern's groups. A reason no pattern matches is shown as the
 * server wrote it. The most specific patterns come first.
 */
public final class ProblemReasons {

    public record Reason(String pattern, String messageKey) {
    }

    public static final List<Reason> KNOWN = List.of(
            new Reason("^latitude (\\S+) is outside -90\\.\\.90$", "problem.latitudeRange"),
            new Reason("^longitude (\\S+) is outside -180\\.\\.180$", "problem.longitudeRange"),
            new Reason("^required with a longitude$", "problem.latitudeMissing"),
            new Reason("^required with a latitude$", "problem.longitudeMissing"),
            new Reason("^give coordinates \\(latitude and longitude\\) or a place name$", "problem.whereMissing"),
            new Reason("^give an instant .* or a date .*$", "problem.whenMissing"),
            new Reason("^lies in the future$", "problem.future"),
            new Reason("^say what was hit.*$", "problem.targetMissing"),
            new Reason("^required: who makes the claim.*$", "problem.sourceMissing"),
            new Reason("^required for an open source: where it was published.*$", "problem.openSourceAddress"),
            new Reason("^required for an open source: the publication date.*$", "problem.openSourceDate"),
            new Reason("^an absolute http or https address$", "problem.address"),
            new Reason("^no place '(.+)' in the gazetteer.*$", "problem.unknownPlace"),
            new Reason("^required with coordinates .*$", "problem.precisionMissing"),
            new Reason("^required for a power_plant: .*$", "problem.kindMissing"),
            new Reason("^required: a GeoJSON geometry .*$", "problem.geometryMissing"),
            new Reason("^required to contest a site: say why$", "problem.contestReason"),
            new Reason("^required when control is contested.*$", "problem.controlReason"),
            new Reason("^'(.+)' is not a number.*$", "problem.notANumber"),
            new Reason("^at most (\\d+) characters$", "problem.tooLong"),
            new Reason("^required(:.*)?$", "problem.required"));

    private ProblemReasons() {
    }

    /** The table as the forms' script reads it: each pattern with its translation in the reader's language. */
    public static List<Translated> translated(Function<String, String> message) {
        return KNOWN.stream().map(r -> new Translated(r.pattern(), message.apply(r.messageKey()))).toList();
    }

    public record Translated(String pattern, String text) {
    }
}

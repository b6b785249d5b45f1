package org.truce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.truce.ledger.AuditReport;
import org.truce.ledger.AuditState;
import org.truce.ledger.AuditedLog;
import org.truce.ledger.LedgerAudit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code truce audit}: checks a running Truce log from outside, with nothing but HTTP and the
 * ledger's pure core. Exit code 0 only when clean; 1 when anything disagrees; 2 when the log
 * cannot be audited at all (unreachable, unreadable state file).
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit a Truce ledger from outside: verify its signed checkpoint with the pinned key,",
                "its consistency with the last checkpoint verified, recompute the root from every entry,",
                "and with a token check every record that token may see against its entry."})
class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, description = "the Truce server, e.g. http://localhost:8080")
    String url;

    @Option(names = "--state", description = "state file pinning the log's key and last verified checkpoint"
            + " (default: ~/.truce/audit-<host>_<port>.json)")
    Path state;

    @Option(names = "--token", description = "bearer token: also check every record it may see against its entry")
    String token;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path stateFile = state != null ? state : AuditStateFile.defaultPath(url);
        AuditState pinned;
        try {
            pinned = AuditStateFile.read(stateFile);
        } catch (IOException | RuntimeException e) {
            err.println("ERROR: cannot read the state file " + stateFile + ": " + e.getMessage());
            return 2;
        }
        out.println("auditing " + url + (token != null ? " with a token" : " (public entries only; --token to check records)"));
        out.println("state: " + stateFile + (pinned == null ? " (none yet: first use)" : ""));
        AuditReport report;
        try {
            report = LedgerAudit.run(new HttpAuditedLog(url, token), pinned, token != null);
        } catch (AuditedLog.Unavailable e) {
            err.println("ERROR: " + e.getMessage());
            out.println("FAILED: the log could not be audited: " + e.getMessage());
            out.flush();
            return 2;
        }
        report.verified().forEach(line -> out.println("  ok  " + line));
        report.verdict().forEach(out::println);
        if (!report.isClean()) {
            out.println("(the state file was not updated)");
            out.flush();
            return 1;
        }
        try {
            AuditStateFile.write(stateFile, url, report.newState());
        } catch (IOException e) {
            err.println("ERROR: the audit is clean but the state file " + stateFile + " could not be written: " + e);
            return 2;
        }
        out.flush();
        return 0;
    }
}

package org.truce.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.truce.reports.Evidence;
import org.truce.reports.EvidenceFile;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Evidence", description = "Files stored by their SHA-256: deduplicated, never overwritten or deleted")
class EvidenceController {

    private final Evidence evidence;

    EvidenceController(Evidence evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/api/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (multipart part 'file'): streamed, size-limited, type sniffed from "
            + "the content; answers its SHA-256, which a report lists")
    ResponseEntity<EvidenceFile> upload(Viewer viewer, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidInput.of("file", "required: the multipart part 'file'");
        }
        try (InputStream content = file.getInputStream()) {
            EvidenceFile stored = evidence.upload(viewer, content);
            return ResponseEntity.created(URI.create("/api/evidence/" + stored.sha256())).body(stored);
        }
    }

    @GetMapping("/api/evidence/{sha256}")
    @Operation(summary = "An evidence file's content, for its uploader and whoever may read a report listing it")
    ResponseEntity<InputStreamResource> download(Viewer viewer, @PathVariable String sha256) {
        EvidenceFile file = evidence.describe(viewer, sha256);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .eTag("\"" + file.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.sha256()).build().toString())
                .body(new InputStreamResource(evidence.open(viewer, file)));
    }
}

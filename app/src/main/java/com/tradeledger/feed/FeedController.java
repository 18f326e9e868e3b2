package com.tradeledger.feed;

import com.tradeledger.web.InvalidField;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The event feed over HTTP for integrators, auditors and admins: {@code GET /api/v1/feed} answers a page {@code
 * {"events": [CloudEvent…], "next": <position>}} to ask {@code after} next; {@code GET /api/v1/feed/stream} pushes
 * the same events as Server-Sent Events from {@code after} or the {@code Last-Event-ID} header.
 */
@RestController
class FeedController {

    private final EventFeed feed;
    private final FeedStreams streams;
    private final CloudEventJson cloudEvents;
    private final FeedReaders readers;
    private final FeedProperties properties;

    FeedController(
            EventFeed feed,
            FeedStreams streams,
            CloudEventJson cloudEvents,
            FeedReaders readers,
            FeedProperties properties) {
        this.feed = feed;
        this.streams = streams;
        this.cloudEvents = cloudEvents;
        this.readers = readers;
        this.properties = properties;
    }

    @GetMapping(value = "/api/v1/feed", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> page(@ModelAttribute FeedRequest request) {
        readers.requireFeedAccess();
        FeedPage page = feed.after(request.position(), request.pageSize(properties), request.filter());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(response -> cloudEvents.write(page, response));
    }

    @GetMapping(value = "/api/v1/feed/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @ModelAttribute FeedRequest request,
            @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        readers.requireFeedAccess();
        long after = lastEventId == null || lastEventId.isBlank() ? request.position() : lastEventId(lastEventId);
        return streams.open(after, request.filter());
    }

    private static long lastEventId(String header) {
        try {
            return FeedRequest.position(Long.parseLong(header.trim()), "Last-Event-ID");
        } catch (NumberFormatException notAPosition) {
            throw InvalidField.header("Last-Event-ID", "the position of the last event received");
        }
    }
}

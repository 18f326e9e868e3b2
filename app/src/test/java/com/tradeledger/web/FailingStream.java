package com.tradeledger.web;

import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A streamed response for {@link StreamedFailureHttpTest}: so many bytes of {@code x}, then a failure unless told
 * otherwise. It stands for an export whose database read breaks part way; it is part of the tests' server only.
 */
@RestController
class FailingStream {

    @GetMapping("/api/v1/probe/failing-stream")
    ResponseEntity<StreamingResponseBody> stream(
            @RequestParam int bytes, @RequestParam(defaultValue = "true") boolean fail) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(output -> {
            byte[] xs = new byte[bytes];
            Arrays.fill(xs, (byte) 'x');
            output.write(xs);
            if (fail) {
                throw new IllegalStateException("the read behind this stream broke");
            }
        });
    }
}

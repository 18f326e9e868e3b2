package com.tradeledger.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A failure after a response's first bytes went out, in a streamed export or feed page, ends the connection without
 * ending the body, so that the client sees the response incomplete.
 *
 * <p>By then the status and part of the body are with the client, and a problem can no longer be answered. Handled as
 * usual, the response would end normally as a 200 whose body reads as complete, since the JSON and CSV writers close
 * what they opened. This resolver comes before every other: it logs such a failure and marks the request, and a valve
 * of the server closes the connection once the request's processing returns, as Tomcat does itself for a failure it
 * sees after the response was committed.
 *
 * <p>A failure before anything was sent is answered as a problem by {@link Problems}, once the content type the
 * response was to stream in is taken off: a problem cannot be written as CSV, and the client would get an empty 500.
 * A client that went away is left to Spring.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StreamedFailures implements HandlerExceptionResolver, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(StreamedFailures.class);
    private static final String CUT_SHORT = StreamedFailures.class.getName() + ".cutShort";

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            return null;
        }
        if (!response.isCommitted()) {
            response.setContentType(null);
            return null;
        }
        log.error(
                "{} {} failed after its response began; the connection is closed so that the client sees it"
                        + " incomplete",
                request.getMethod(),
                request.getRequestURI(),
                failure);
        request.setAttribute(CUT_SHORT, failure);
        return new ModelAndView();
    }

    @Override
    public void customize(TomcatServletWebServerFactory server) {
        server.addContextValves(new CloseCutShort());
    }

    /** Closes the connection of a request marked cut short, without the end of its body. */
    private static final class CloseCutShort extends ValveBase {

        CloseCutShort() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(CUT_SHORT) instanceof Exception failure && response.isCommitted()) {
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, failure);
            }
        }
    }
}

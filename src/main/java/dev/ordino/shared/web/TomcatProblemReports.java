package dev.ordino.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/**
 * Tomcat refuses some requests before any filter or servlet sees them: an encoded {@code /} or NUL in the path,
 * bytes in it that are no UTF-8, a request line longer than the header limit. It answers those with an HTML
 * page from its error report valve; this replaces that valve with one that answers with a problem document.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class TomcatProblemReports {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReportValve(ObjectMapper json) {
        return new ValveSwap(json);
    }

    /** Ordered last, so that it runs after Spring Boot's customizer, which puts Tomcat's own valve in place. */
    private record ValveSwap(ObjectMapper json)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                var pipeline = host.getPipeline();
                for (var valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve(json));
                if (host instanceof StandardHost standardHost) {
                    // else the host adds its default valve at start, finding none of that class
                    standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Writes a problem for an error response nobody has written a body for. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var status = response.getStatus();
            // the same guards as Tomcat's valve: an error, no body yet, reported once, a connection to write to
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            var uri = request.getRequestURI();
            var path = uri == null ? "" : uri.length() > 200 ? uri.substring(0, 200) + "..." : uri;
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(ProblemErrorController.problem(status, path)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was committed meanwhile: there is nobody left to tell
            }
        }
    }
}

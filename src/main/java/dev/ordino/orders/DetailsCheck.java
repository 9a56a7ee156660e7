package dev.ordino.orders;

import dev.ordino.shared.DomainException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Keeps an order's free-form details only when they are what they claim to be: well-formed JSON or XML. */
@Component
class DetailsCheck {

    private final ObjectMapper json;

    DetailsCheck(ObjectMapper json) {
        this.json = json;
    }

    /** The details the order keeps, or none when none are given; 422 on content that is not well-formed. */
    OrderDetails checked(DetailsInput input) {
        if (input == null) {
            return null;
        }
        var problem = switch (input.format()) {
            case json -> jsonProblem(input.content());
            case xml -> xmlProblem(input.content());
        };
        if (problem != null) {
            throw DomainException.invalid(
                    "/details/content", "wellFormed", "content is not well-formed " + input.format() + ": " + problem);
        }
        return new OrderDetails(input.format(), input.content());
    }

    private String jsonProblem(String content) {
        try {
            json.readTree(content);
            return content.isBlank() ? "it is empty" : null;
        } catch (JacksonException e) {
            return e.getOriginalMessage();
        }
    }

    private static String xmlProblem(String content) {
        try {
            XmlDetails.parse(content);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }
}

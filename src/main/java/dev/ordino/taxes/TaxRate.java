package dev.ordino.taxes;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One rate of a zone for a tax class (standard, reduced, zero, shipping). A class may have several
 * rates in a zone (a state and a county rate, GST and PST); they add up, they do not compound.
 */
public record TaxRate(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,50}", message = "letters, digits, _ and - (at most 50)")
        String taxClass,

        @NotBlank @Size(max = 100) String name,

        @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal percentage) {

    /** The class of products that name none. */
    public static final String STANDARD = "standard";
}

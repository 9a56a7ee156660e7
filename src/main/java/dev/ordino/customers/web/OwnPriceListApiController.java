package dev.ordino.customers.web;

import dev.ordino.catalog.PriceList;
import dev.ordino.customers.CustomerManagement;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A buyer's own prices: the buyer-shaped read beside the staff's {@code /price-lists}, which buyers cannot read. */
@RestController
@Tag(name = "Customers", description = "Individual and business customers, their address book and payment terms")
class OwnPriceListApiController {

    private final CustomerManagement customers;

    OwnPriceListApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    @GetMapping(path = "/api/v1/me/price-list", produces = "application/json")
    @Operation(
            summary = "The price list a buyer's customer buys from",
            description = "For a buyer: her customer's price list (404 when the customer buys at list prices)."
                    + " Staff read price lists under /price-lists; for them this is 404.")
    PriceList ownPriceList() {
        return customers
                .callersPriceList()
                .orElseThrow(() -> new DomainException(
                        ProblemType.NOT_FOUND, "No price list of your own: you buy at the catalog's list prices"));
    }
}

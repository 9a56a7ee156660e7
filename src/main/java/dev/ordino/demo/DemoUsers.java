package dev.ordino.demo;

import dev.ordino.customers.Customer;
import dev.ordino.identity.IdentityManagement;
import dev.ordino.identity.NewUser;
import dev.ordino.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The demo store's people, all with the password {@value #PASSWORD} (see the README): one staff user per
 * role, and a buyer for each demo business customer.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "ordino-demo-password";

    private final IdentityManagement identity;

    DemoUsers(IdentityManagement identity) {
        this.identity = identity;
    }

    void staff() {
        user("admin@demo.ordino.dev", "Alex Admin", Role.ADMIN, null);
        user("manager@demo.ordino.dev", "Morgan Manager", Role.MANAGER, null);
        user("clerk@demo.ordino.dev", "Casey Clerk", Role.CLERK, null);
        user("viewer@demo.ordino.dev", "Vic Viewer", Role.VIEWER, null);
    }

    void buyer(String email, String name, Customer customer) {
        user(email, name, Role.BUYER, customer);
    }

    private void user(String email, String name, Role role, Customer customer) {
        identity.createUser(new NewUser(email, name, role, customer == null ? null : customer.id(), PASSWORD));
    }
}

package dev.ordino.integrations;

/** The sizes an integration's fields may have. */
public final class IntegrationLimits {

    public static final int MAX_NAME = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_SETTING = 4000;
    public static final int MAX_HEADERS = 20;

    private IntegrationLimits() {}
}

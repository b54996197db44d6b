package org.gongkai.platform;

/** 400: a field's value is wrong; {@code field} names it so the page can mark it and the API can report it. */
public class BadInputException extends GongkaiException {

    private final String field;

    public BadInputException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public int status() {
        return 400;
    }
}

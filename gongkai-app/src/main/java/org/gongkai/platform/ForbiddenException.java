package org.gongkai.platform;

/** 403: signed in, but without the role or agency the action needs. */
public class ForbiddenException extends GongkaiException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 403;
    }
}

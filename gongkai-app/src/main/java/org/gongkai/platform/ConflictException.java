package org.gongkai.platform;

/** 409: the action is not possible in the current state (e.g. approving an item that is still a draft). */
public class ConflictException extends GongkaiException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 409;
    }
}

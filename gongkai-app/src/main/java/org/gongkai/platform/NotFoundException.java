package org.gongkai.platform;

/**
 * 404. Also used when a user asks for another agency's back-office data: saying "not found" rather
 * than "forbidden" does not confirm that the thing exists.
 */
public class NotFoundException extends GongkaiException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int status() {
        return 404;
    }
}

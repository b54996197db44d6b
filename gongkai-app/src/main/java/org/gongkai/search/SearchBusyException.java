package org.gongkai.search;

import org.gongkai.platform.GongkaiException;

/**
 * 503: more searches were waiting than the index could answer within the wait limit. The visitor is
 * told to try again shortly instead of the server taking on work it cannot finish in time.
 */
public class SearchBusyException extends GongkaiException {

    public SearchBusyException() {
        super("error.search.busy");
    }

    @Override
    public int status() {
        return 503;
    }
}

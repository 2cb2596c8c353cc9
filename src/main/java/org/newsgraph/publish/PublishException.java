package org.newsgraph.publish;

/** A request the target refused or did not answer; {@link #status()} is the HTTP status, 0 when none came. */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    PublishException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() { return status; }
}

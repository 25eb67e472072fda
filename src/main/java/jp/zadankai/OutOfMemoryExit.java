package jp.zadankai;

/**
 * Ends the process on an OutOfMemoryError that reaches the top of any thread. An error that ends a web server's
 * acceptor or selector thread would leave the process alive, half dead, answering nothing (liveness included) and
 * deaf to SIGTERM. Exiting lets the supervisor start a new one. {@code halt}, not {@code exit}: shutdown hooks would
 * need the memory that is missing. Set as well from the command line by {@code -XX:+ExitOnOutOfMemoryError}.
 */
final class OutOfMemoryExit implements Thread.UncaughtExceptionHandler {
    static final int STATUS = 3;
    /** Made before it is needed: there may be no memory to make it then. */
    private static final byte[] MESSAGE = "zadankai: out of memory; exiting so that the process is restarted\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Thread.UncaughtExceptionHandler next;

    private OutOfMemoryExit(Thread.UncaughtExceptionHandler next) {
        this.next = next;
    }

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new OutOfMemoryExit(Thread.getDefaultUncaughtExceptionHandler()));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (error instanceof OutOfMemoryError) {
            System.err.write(MESSAGE, 0, MESSAGE.length);
            System.err.flush();
            Runtime.getRuntime().halt(STATUS);
        }
        if (next != null) {
            next.uncaughtException(thread, error);
        } else {
            // What the JVM prints without a handler (the thread group would hand the error back to this one).
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            error.printStackTrace(System.err);
        }
    }
}

package io.partnercarts.server.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What a logger (and the loggers below it) logs, at every level it lets through, from {@link #of} until
 * {@link #close}: for a try-with-resources block around the code under test.
 */
public final class LogRecords implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogRecords(Logger logger) {
        this.logger = logger;
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    public static LogRecords of(Logger logger) {
        return new LogRecords(logger);
    }

    /** The records so far, in the order they were logged. */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        logger.removeHandler(capture);
    }
}

package com.tradeledger.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the processors read it: processors that open a stream at the same token share one read of the
 * log. When every projection is rebuilt, or starts on a ledger it has never read, twenty processors would otherwise
 * each read every event from the database and convert it, and each parse its timestamp and deserialise what it
 * handles; together they do it once.
 *
 * <p>A shared read (a <em>scan</em>) keeps the events between its slowest and its leading reader in memory, and the
 * leading reader waits rather than read more than {@code window} events ahead of the slowest one. A scan lets
 * readers join at its start until {@code patience} has passed since the last one joined, and reads no more than
 * {@code window} events meanwhile: projections rebuilt one after the other join the same scan. A reader that has not
 * moved for {@code patience} while another waits for it is let go: from then on it reads the log on its own, from
 * just after the last event it took, so that one stuck processor cannot hold up the others. A reader opened at a
 * token no scan started from, or after the scan it would have joined has let go of its start, starts a scan of its
 * own. Events committed late into a gap are found by the scan's own stream, as by any other.
 *
 * <p>Sharing is for catching up. Once a scan has found nothing new in the log for a while, it is at the head, and
 * every reader that reaches its end goes on with a stream of its own: at the head the event store already serves all
 * its readers from one fetch, and wakes each at once when this node commits.
 */
final class SharedEventStreams implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** Events a scan holds at most ahead of its slowest reader: some tens of megabytes. */
    static final int WINDOW = 10_000;

    /** How long a scan waits for a reader that does not move, or for another to join it at its start. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    /** A scan whose log has had nothing new for this long is at its head. */
    private static final long AT_HEAD_AFTER = TimeUnit.MILLISECONDS.toNanos(100);

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final int window;
    private final long patienceNanos;
    private final List<Scan> scans = new ArrayList<>();

    SharedEventStreams(StreamableMessageSource<TrackedEventMessage<?>> events, int window, Duration patience) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was " + window);
        }
        this.events = events;
        this.window = window;
        this.patienceNanos = patience.toNanos();
    }

    @Override
    public synchronized BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        scans.removeIf(scan -> scan.ended);
        for (Scan scan : scans) {
            Reader reader = scan.joinAtStart(from);
            if (reader != null) {
                return reader;
            }
        }
        Scan scan = new Scan(from);
        scans.add(scan);
        return scan.joinAtStart(from);
    }

    /** How many scans are open: for tests. */
    synchronized int openScans() {
        scans.removeIf(scan -> scan.ended);
        return scans.size();
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /** One event of a scan, numbered from 1; the scan's start is node 0 and holds no event. */
    private static final class Node {

        private final TrackedEventMessage<?> event;
        private final long number;
        private volatile Node next;

        Node(TrackedEventMessage<?> event, long number) {
            this.event = event;
            this.number = number;
        }
    }

    /**
     * One read of the log from one token, and the readers that take their events from it. The reader that needs the
     * next event first reads it from the log, without holding {@code lock}, while the others at the end wait; readers
     * behind the newest node follow the links without locking.
     */
    private final class Scan {

        /** Events appended at once, so that readers waiting at the end get the first of them soon. */
        private static final int CHUNK = 256;

        private final TrackingToken start;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final List<Reader> readers = new ArrayList<>();
        private Node first = new Node(null, 0);
        private long joinedAt = System.nanoTime();
        private volatile Node last = first;
        private volatile boolean leaderWaiting;
        private boolean reading;
        private BlockingStream<TrackedEventMessage<?>> stream;
        private RuntimeException failure;
        private boolean atHead;
        private volatile boolean ended;

        Scan(TrackingToken start) {
            this.start = start;
        }

        /** A reader at the start of this scan, or null when the scan started elsewhere or has moved on too far. */
        Reader joinAtStart(TrackingToken from) {
            lock.lock();
            try {
                if (!startHeld() || ended || failure != null || !Objects.equals(start, from)) {
                    return null;
                }
                Reader reader = new Reader(this, first, from);
                readers.add(reader);
                joinedAt = System.nanoTime();
                return reader;
            } finally {
                lock.unlock();
            }
        }

        /**
         * Makes sure the reader's next node exists, reading from the log if no other reader is. Returns false when
         * none arrived within the timeout, when the reader would run {@code window} events ahead of the slowest, or
         * when the reader has been let go.
         */
        boolean fetchAfter(Reader reader, long timeoutNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutNanos;
            lock.lockInterruptibly();
            try {
                while (reader.at.next == null) {
                    if (failure != null) {
                        throw failure;
                    }
                    if (reader.detached) {
                        return false;
                    }
                    if (atHead) {
                        letGo(reader);
                        return false;
                    }
                    long left = deadline - System.nanoTime();
                    Reader slowest = slowest();
                    long floor = startHeld() ? 0 : slowest.at.number;
                    if (last.number - floor >= window) {
                        if (first == null && System.nanoTime() - slowest.movedAt > patienceNanos) {
                            letGo(slowest);
                            continue;
                        }
                        if (left <= 0) {
                            return false;
                        }
                        leaderWaiting = true;
                        changed.awaitNanos(Math.min(left, patienceNanos));
                        continue;
                    }
                    if (reading) {
                        if (left <= 0) {
                            return false;
                        }
                        changed.awaitNanos(left);
                        continue;
                    }
                    if (!read(left, floor + window - last.number)) {
                        if (reader.at.next == null && timeoutNanos >= AT_HEAD_AFTER) {
                            atHead = true;
                            first = null;
                            letGo(reader);
                        }
                        return reader.at.next != null;
                    }
                }
                return true;
            } finally {
                leaderWaiting = false;
                lock.unlock();
            }
        }

        /**
         * Reads what the log has ready, up to {@code room} events, waiting up to the timeout for the first; called
         * and returning with {@code lock} held, which it lets go while it waits on the log.
         */
        private boolean read(long timeoutNanos, long room) throws InterruptedException {
            reading = true;
            List<TrackedEventMessage<?>> arrived = new ArrayList<>();
            lock.unlock();
            try {
                if (stream == null) {
                    stream = events.openStream(start);
                }
                int millis = (int) Math.max(0, TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
                if (stream.hasNextAvailable(millis, TimeUnit.MILLISECONDS)) {
                    do {
                        arrived.add(stream.nextAvailable());
                    } while (arrived.size() < Math.min(room, CHUNK) && stream.hasNextAvailable());
                }
            } catch (RuntimeException failed) {
                lock.lock();
                failure = failed;
                closeStream();
                throw failed;
            } finally {
                if (!lock.isHeldByCurrentThread()) {
                    lock.lock();
                }
                reading = false;
                changed.signalAll();
            }
            for (TrackedEventMessage<?> event : arrived) {
                Node node = new Node(event, last.number + 1);
                last.next = node;
                last = node;
            }
            return !arrived.isEmpty();
        }

        /**
         * Whether a reader may still join at the start: until {@code patience} has passed since the last one joined
         * once the scan has read anything. Meanwhile the scan reads no more than {@code window} events.
         */
        private boolean startHeld() {
            if (first != null && last != first && System.nanoTime() - joinedAt > patienceNanos) {
                first = null;
            }
            return first != null;
        }

        private Reader slowest() {
            Reader slowest = readers.get(0);
            for (Reader reader : readers) {
                if (reader.at.number < slowest.at.number) {
                    slowest = reader;
                }
            }
            return slowest;
        }

        /** The reader goes on alone from the last event it took; the scan no longer waits for it. */
        private void letGo(Reader reader) {
            reader.detached = true;
            readers.remove(reader);
            endIfAlone();
        }

        private void endIfAlone() {
            if (readers.isEmpty() && !ended) {
                ended = true;
                closeStream();
            } else {
                changed.signalAll();
            }
        }

        void advanced() {
            if (leaderWaiting && lock.tryLock()) {
                try {
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        void leave(Reader reader) {
            lock.lock();
            try {
                readers.remove(reader);
                endIfAlone();
            } finally {
                lock.unlock();
            }
        }

        private void closeStream() {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    /**
     * One processor's stream: it follows its scan until let go, then reads on through a stream of its own. Only its
     * processor's thread calls it.
     */
    private final class Reader implements BlockingStream<TrackedEventMessage<?>> {

        private final Scan scan;
        private volatile Node at;
        private volatile long movedAt = System.nanoTime();
        private volatile boolean detached;
        private TrackingToken lastToken;
        private BlockingStream<TrackedEventMessage<?>> own;

        Reader(Scan scan, Node start, TrackingToken from) {
            this.scan = scan;
            this.at = start;
            this.lastToken = from;
        }

        private BlockingStream<TrackedEventMessage<?>> own() {
            if (own == null && detached) {
                own = events.openStream(lastToken);
            }
            return own;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            if (own() != null) {
                return own.peek();
            }
            Node next = at.next;
            if (next == null) {
                try {
                    if (!scan.fetchAfter(this, 0)) {
                        return own() != null ? own.peek() : Optional.empty();
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                next = at.next;
            }
            return Optional.of(next.event);
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (own() != null) {
                return own.hasNextAvailable(timeout, unit);
            }
            if (at.next != null || scan.fetchAfter(this, unit.toNanos(timeout))) {
                return true;
            }
            return own() != null && own.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                // wait until the log has more
            }
            if (own != null) {
                return own.nextAvailable();
            }
            Node next = at.next;
            at = next;
            lastToken = next.event.trackingToken();
            movedAt = System.nanoTime();
            scan.advanced();
            return next.event;
        }

        @Override
        public void close() {
            if (!detached) {
                scan.leave(this);
            }
            if (own != null) {
                own.close();
            }
        }
    }
}

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The booking engine's throughput and latency, measured from outside through the JSON API, as
 * docs/PERFORMANCE.md reports them. Run by bench/bookings.sh, which makes the database and the
 * server and seeds them; on its own:
 *
 * <pre>java bench/BookingBench.java BASE_URL LISTINGS_FILE [clients] [seconds] [availabilityRequests]</pre>
 *
 * <p>LISTINGS_FILE holds one line per seeded member, "n listingId", n from 1. Member n works every
 * day 08:00-20:00 with no travel buffer and already has one live one-hour booking on each of the
 * days 2..41 from today, starting at 08:00 + ((n + day) mod 12) hours (bookings.sh seeds them so).
 * The booking clients therefore take the other whole hours of those days, spread over every member,
 * so nearly every request should succeed: anything but 201 is counted and shown.
 *
 * <p>Requests go over plain kept-alive HTTP/1.1 connections ({@link Connection}), one per client.
 *
 * <p>(a) {@code GET /listings/{id}/availability} for member 1's listing over four weeks: a warm-up
 * (2,000 requests, {@code -Dbench.warmUpRequests}), then sequential requests, p50/p95/p99.
 * (b) {@code POST /bookings} as the demo customer from several concurrent clients: a warm-up (30 s,
 * {@code -Dbench.warmUpSeconds}), then the measured run; 201s per second. The warm-ups are long
 * because a production server compiles its hot code with C2 only after many calls: the figures are
 * for a server that has been running a while, as a co-op's does.
 */
public class BookingBench {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("customer@demo.coop:demo-password".getBytes(StandardCharsets.UTF_8));
    static final int FREE_HOURS_PER_DAY = 11; // 08:00-20:00 is 12 one-hour starts; one is seeded as taken
    static final int FIRST_DAY = 2;
    static final int LAST_SEEDED_DAY = 41;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/BookingBench.java BASE_URL LISTINGS_FILE [clients] [seconds] "
                    + "[availabilityRequests]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "") + "/api/v1";
        List<String> listings = readListings(Path.of(args[1]));
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int availabilityRequests = args.length > 4 ? Integer.parseInt(args[4]) : 500;

        URI server = URI.create(base);
        try (Connection http = new Connection(server)) {
            availability(http, base, listings.get(0), availabilityRequests);
        }
        bookings(server, base, listings, clients, seconds);
    }

    // ---- (a) availability ------------------------------------------------------------------------------------

    static void availability(Connection http, String base, String listing, int requests) throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        URI uri = URI.create(base + "/listings/" + listing + "/availability?from=" + today + "&to="
                + today.plusDays(27) + "&durationMinutes=60");
        byte[] request = Connection.request("GET", uri, null);
        Reply first = http.send(request);
        if (first.status() != 200) {
            throw new IllegalStateException("availability answered " + first.status() + ": " + first.body());
        }
        int slots = first.body().split("\"start\"", -1).length - 1;
        int warmUp = Integer.getInteger("bench.warmUpRequests", 2_000);
        for (int i = 0; i < warmUp; i++) {
            http.send(request);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            Reply reply = http.send(request);
            nanos[i] = System.nanoTime() - start;
            if (reply.status() != 200) {
                throw new IllegalStateException("availability answered " + reply.status());
            }
        }
        Arrays.sort(nanos);
        System.out.printf("availability: %d sequential GETs of 28 days (%d free one-hour starts, %d bytes), after %d"
                        + " warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                requests, slots, first.body().length(), warmUp, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)),
                ms(percentile(nanos, 99)), ms(nanos[nanos.length - 1]));
    }

    // ---- (b) bookings ----------------------------------------------------------------------------------------

    /** Hands out distinct free (member, day, hour) slots: consecutive ones go to different members. */
    static final class Slots {
        final AtomicLong next = new AtomicLong();
        final LocalDate today = LocalDate.now(LONDON);
        final List<String> listings;

        Slots(List<String> listings) {
            this.listings = listings;
        }

        /** A booking body for the next free slot, or null when the seeded days are used up. */
        String nextBody() {
            long k = next.getAndIncrement();
            int members = listings.size();
            int n = (int) (k % members) + 1;
            long j = k / members;
            int day = FIRST_DAY + (int) (j / FREE_HOURS_PER_DAY);
            if (day > LAST_SEEDED_DAY) {
                return null;
            }
            int taken = 8 + Math.floorMod(n + day, 12);
            int hour = 8 + (int) (j % FREE_HOURS_PER_DAY);
            if (hour >= taken) {
                hour++;
            }
            return "{\"listingId\": \"%s\", \"start\": \"%sT%02d:00\", \"durationMinutes\": 60}"
                    .formatted(listings.get(n - 1), today.plusDays(day), hour);
        }
    }

    static final class Tally {
        final LongAdder created = new LongAdder();
        final LongAdder late = new LongAdder();
        final Map<Long, LongAdder> createdPerSecond = new ConcurrentHashMap<>();
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final Map<Integer, String> sample = new ConcurrentHashMap<>();
        final List<long[]> latencies = new ArrayList<>();
    }

    static void bookings(URI server, String base, List<String> listings, int clients, int seconds)
            throws Exception {
        Slots slots = new Slots(listings);
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(new Connection(server));
        }
        int warmUpSeconds = Integer.getInteger("bench.warmUpSeconds", 30);
        Tally warmUp = run(connections, base, slots, clients, warmUpSeconds);
        System.out.printf("bookings warm-up: %d clients for %d s, %d created, statuses %s%n", clients, warmUpSeconds,
                warmUp.created.sum(), statuses(warmUp));
        CpuTimes before = CpuTimes.now();
        Tally measured = run(connections, base, slots, clients, seconds);
        CpuTimes after = CpuTimes.now();
        for (Connection connection : connections) {
            connection.close();
        }
        long[] all = measured.latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        List<Long> perSecond = new ArrayList<>();
        for (long s = 0; s < seconds; s++) {
            LongAdder count = measured.createdPerSecond.get(s);
            perSecond.add(count == null ? 0 : count.sum());
        }
        long created = measured.created.sum();
        System.out.printf("bookings: %d clients for %d s: %d created, %.0f bookings/s (per second: min %d, max %d);"
                        + " POST latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; statuses %s%n",
                clients, seconds, created, created / (double) seconds,
                perSecond.stream().mapToLong(Long::longValue).min().orElse(0),
                perSecond.stream().mapToLong(Long::longValue).max().orElse(0),
                ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 99)), statuses(measured));
        System.out.println("bookings per second: " + perSecond);
        System.out.println(CpuTimes.describe(before, after, created));
        measured.sample.forEach((status, body) -> System.out.println("  e.g. " + status + ": " + body));
        warmUp.sample.forEach((status, body) -> System.out.println("  e.g. (warm-up) " + status + ": " + body));
        System.out.println("total created through the API (warm-up, measured, and answered after a window closed): "
                + (warmUp.created.sum() + measured.created.sum() + warmUp.late.sum() + measured.late.sum()));
    }

    static Tally run(List<Connection> connections, String base, Slots slots, int clients, int seconds)
            throws Exception {
        Tally tally = new Tally();
        URI uri = URI.create(base + "/bookings");
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] startedAt = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection http = connections.get(c);
            long[] mine = new long[1 << 16];
            int[] used = new int[1];
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    long end = startedAt[0] + seconds * 1_000_000_000L;
                    while (System.nanoTime() < end) {
                        String body = slots.nextBody();
                        if (body == null) {
                            break;
                        }
                        byte[] request = Connection.request("POST", uri, body);
                        long sent = System.nanoTime();
                        Reply reply;
                        try {
                            reply = http.send(request);
                        } catch (IOException e) {
                            tally.byStatus.computeIfAbsent(-1, s -> new LongAdder()).increment();
                            tally.sample.putIfAbsent(-1, e.toString());
                            continue;
                        }
                        long done = System.nanoTime();
                        if (done > end) {
                            if (reply.status() == 201) {
                                tally.late.increment(); // made, but after the window closed: not counted in the rate
                            }
                            break;
                        }
                        if (used[0] < mine.length) {
                            mine[used[0]++] = done - sent;
                        }
                        int status = reply.status();
                        tally.byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status == 201) {
                            tally.created.increment();
                            tally.createdPerSecond.computeIfAbsent((done - startedAt[0]) / 1_000_000_000L,
                                    s -> new LongAdder()).increment();
                        } else {
                            tally.sample.putIfAbsent(status, body + " -> " + reply.body());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (tally.latencies) {
                    tally.latencies.add(Arrays.copyOf(mine, used[0]));
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        startedAt[0] = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return tally;
    }

    /**
     * CPU used, from /proc on Linux: the whole machine's busy time and the server process's (its pid in
     * {@code -Dbench.serverPid}), to say whether a run was CPU-bound and what a booking costs the server.
     */
    record CpuTimes(long nanos, long machineBusyTicks, long machineTotalTicks, long serverTicks, long benchTicks,
            long postgresTicks) {

        static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

        static CpuTimes now() {
            long busy = -1;
            long total = -1;
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                total = 0;
                for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                    total += Long.parseLong(cpu[i]);
                }
                busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]); // minus idle and iowait
            } catch (IOException | RuntimeException e) {
                // not Linux: the figures are left out
            }
            String pid = System.getProperty("bench.serverPid", "").strip();
            long postgres = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    if (process.getFileName().toString().matches("\\d+")) {
                        String stat = stat(process);
                        if (stat != null && stat.contains("(postgres)")) {
                            postgres += ticks(stat);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                postgres = -1;
            }
            return new CpuTimes(System.nanoTime(), busy, total,
                    pid.isEmpty() ? -1 : ticks(stat(Path.of("/proc", pid))), ticks(stat(Path.of("/proc/self"))),
                    postgres);
        }

        private static String stat(Path process) {
            try {
                return Files.readString(process.resolve("stat"));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** utime + stime of a /proc/[pid]/stat line, or -1. */
        private static long ticks(String stat) {
            if (stat == null) {
                return -1;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        static String describe(CpuTimes before, CpuTimes after, long created) {
            if (before.machineTotalTicks < 0 || after.machineTotalTicks <= before.machineTotalTicks) {
                return "CPU: not measured (no /proc/stat)";
            }
            double seconds = (after.nanos - before.nanos) / 1e9;
            double machine = (after.machineBusyTicks - before.machineBusyTicks) * TICK_MS / 1000 / seconds;
            double server = (after.serverTicks - before.serverTicks) * TICK_MS / 1000 / seconds;
            double bench = (after.benchTicks - before.benchTicks) * TICK_MS / 1000 / seconds;
            // Connections that ended during the run take their CPU time with them: PostgreSQL's share is a floor.
            double postgres = Math.max(0, (after.postgresTicks - before.postgresTicks) * TICK_MS / 1000 / seconds);
            String text = ("CPU during the measured bookings, in cores: machine %.2f of %d busy = server %.2f +"
                    + " PostgreSQL %.2f + this benchmark %.2f + anything else %.2f").formatted(machine,
                    Runtime.getRuntime().availableProcessors(), server, postgres, bench,
                    Math.max(0, machine - server - postgres - bench));
            if (created > 0 && before.serverTicks >= 0) {
                text += "; %.1f ms of server CPU per booking created".formatted(server * seconds * 1000 / created);
            }
            return text;
        }
    }

    // ---- a plain HTTP/1.1 client --------------------------------------------------------------------------------

    /** A status and a body as text. */
    record Reply(int status, String body) {
    }

    /**
     * One kept-alive HTTP/1.1 connection, written and read by hand. The benchmark shares the server's two cores, and
     * the JDK's {@code HttpClient} (its selector thread, futures and header maps) took a quarter of a core at 450
     * requests a second; this takes a fraction of that, so what is measured is the server. It knows just enough
     * HTTP for these calls: a fixed-length request, and a reply with Content-Length or chunked.
     */
    static final class Connection implements AutoCloseable {
        final InetSocketAddress address;
        Socket socket;
        OutputStream out;
        InputStream in;

        Connection(URI server) {
            address = new InetSocketAddress(server.getHost(), server.getPort());
        }

        /** The bytes of a request: a GET without a body, or a POST of JSON as the demo customer. */
        static byte[] request(String method, URI uri, String json) {
            StringBuilder head = new StringBuilder().append(method).append(' ').append(uri.getRawPath());
            if (uri.getRawQuery() != null) {
                head.append('?').append(uri.getRawQuery());
            }
            head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort())
                    .append("\r\nAccept: application/json\r\n");
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            if (json != null) {
                head.append("Authorization: ").append(AUTHORIZATION).append("\r\nContent-Type: application/json\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, all, headBytes.length, body.length);
            return all;
        }

        /** Sends a request and reads the whole reply; on a failure the connection is dropped and made anew next time. */
        Reply send(byte[] request) throws IOException {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    socket.connect(address, 10_000);
                    out = socket.getOutputStream();
                    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                }
                out.write(request);
                out.flush();
                return read();
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private Reply read() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closing = value.equalsIgnoreCase("close");
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 256));
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers: none expected
                }
            } else if (length > 0) {
                body.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            return new Reply(status, body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static List<String> readListings(Path file) throws IOException {
        Map<Integer, String> byNumber = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.strip().split("[\\s|]+");
            if (parts.length == 2) {
                byNumber.put(Integer.parseInt(parts[0]), parts[1]);
            }
        }
        List<String> listings = new ArrayList<>(byNumber.values());
        if (listings.isEmpty() || !byNumber.keySet().equals(
                new java.util.TreeSet<>(java.util.stream.IntStream.rangeClosed(1, listings.size()).boxed().toList()))) {
            throw new IllegalArgumentException(file + " must hold lines 'n listingId' for n = 1.." + listings.size());
        }
        return listings;
    }

    static String statuses(Tally tally) {
        Map<Integer, Long> sorted = new TreeMap<>();
        tally.byStatus.forEach((status, count) -> sorted.put(status, count.sum()));
        return sorted.toString();
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}

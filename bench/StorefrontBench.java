import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storefront's pages under load, measured from outside as docs/PERFORMANCE.md reports them. Run by
 * bench/storefront.sh, which builds and starts the server; on its own, two steps:
 *
 * <pre>
 * java bench/StorefrontBench.java seed BASE_URL LISTINGS_FILE [listings] [members]
 * java bench/StorefrontBench.java measure BASE_URL LISTINGS_FILE [clients] [seconds] [warmUpSeconds]
 * </pre>
 *
 * <p><b>seed</b> signs in as the demo co-op's staff (HTTP Basic) and, through the public API, adds members (each
 * doing one to three of the demo trades, working in one to three outward codes around Orpington) and listings
 * spread over them and their trades, with titles, descriptions and attributes as a co-op's would be; it writes
 * the listings' ids, one a line, to LISTINGS_FILE.
 *
 * <p><b>measure</b> warms the server up on every page kind at once, then measures each kind on its own: for
 * {@code seconds}, {@code clients} concurrent clients each ask for the kind's page again and again, one request
 * after another. Each client is like one browser: its own kept-alive connection and its own cookies (so a page
 * that starts a session does it once per client, as for a visitor who stays). Kinds: the home page, a search (a
 * few different ones, each known to find something), a listing page (a different listing each time, over all of
 * them) and a static file from the same server (the shop's style sheet as the pages link to it: since the page
 * cache, a plain file with its version in the address, before it through Faces' resource handler; and the same file
 * at its bare address). The home page and searches are served from the page cache to a client without cookies
 * (webapp {@code PageCacheFilter}); a listing page starts a session. Only a 200 with
 * the page's expected content counts; anything else is an error, counted by what went wrong and shown. Given
 * {@code -Dbench.serverPid}, it also shows the server's CPU time per answered request, and its own.
 */
public class StorefrontBench {

    static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("staff@demo.coop:demo-password".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("seed", "measure").contains(args[0])) {
            System.err.println("usage: java bench/StorefrontBench.java seed BASE_URL LISTINGS_FILE [listings] [members]"
                    + "\n       java bench/StorefrontBench.java measure BASE_URL LISTINGS_FILE [clients] [seconds]"
                    + " [warmUpSeconds]");
            System.exit(2);
        }
        String base = args[1].replaceAll("/$", "");
        Path file = Path.of(args[2]);
        if (args[0].equals("seed")) {
            new Seeder(base).seed(file, intArg(args, 3, 1000), intArg(args, 4, 100));
        } else {
            measure(base, Files.readAllLines(file), intArg(args, 3, 32), intArg(args, 4, 20), intArg(args, 5, 30));
        }
    }

    static int intArg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    // ---- seeding ---------------------------------------------------------------------------------------------

    /** Outward codes in and around Orpington (the demo co-op's area), and the searches' postcodes among them. */
    static final List<String> AREAS = List.of("BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7", "BR8", "SE9", "DA14");

    static final List<String> TRADES = List.of("cleaning", "gardening", "crafts");

    static final String[] FIRST_NAMES = {"Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hamid", "Isla",
        "Jonah", "Kemi", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Una", "Vik",
        "Wendy", "Xander", "Yusuf", "Zara"};
    static final String[] LAST_NAMES = {"Adams", "Begum", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes",
        "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Reid", "Shah", "Turner", "Walsh"};

    static final Map<String, String[][]> WORK = Map.of(
            "cleaning", new String[][] {
                {"Weekly home cleaning", "A regular clean of your whole home: dusting, hoovering, kitchen and bathroom."},
                {"End of tenancy clean", "A top-to-bottom clean when you move out, so you get your deposit back."},
                {"Oven and kitchen deep clean", "Oven, hob, extractor and cupboards cleaned inside and out."},
                {"Office cleaning", "Desks, kitchens and toilets in small offices, early mornings or evenings."},
                {"Window cleaning inside and out", "Ground-floor and upstairs windows, frames and sills."},
                {"Bathroom deep clean", "Limescale off taps, tiles and shower screens; grout scrubbed."},
                {"Spring clean for busy families", "Skirting boards, curtains, under the beds: the jobs nobody gets to."},
                {"Carpet and sofa cleaning", "Stains and pet hair lifted from carpets, rugs and sofas."}},
            "gardening", new String[][] {
                {"Lawn mowing and edging", "Your lawn cut, edged and the clippings taken away, fortnightly or one-off."},
                {"Hedge trimming", "Hedges and shrubs cut back neatly, all the cuttings cleared."},
                {"Weeding and tidying borders", "Beds and borders weeded, dead-headed and mulched."},
                {"Planting and bedding", "Seasonal bedding, bulbs and shrubs planted where they will thrive."},
                {"Garden clearance", "Overgrown gardens cleared back to something you can use again."},
                {"Allotment help", "Digging, weeding and planting on your allotment plot."},
                {"Leaf clearing in autumn", "Leaves cleared from lawns, paths and gutters."}},
            "crafts", new String[][] {
                {"Hand-thrown mug", "A stoneware mug, glazed in blue or green, safe in the dishwasher."},
                {"Knitted baby blanket", "Soft merino wool, knitted by hand, in pastel colours."},
                {"Wooden chopping board", "Oak or ash, oiled, with a handle to hang it by."},
                {"Hand-made birthday card", "A card painted with watercolours, any age or name on the front."},
                {"Patchwork cushion cover", "Cotton patchwork in bright prints, with a zip."},
                {"Beeswax candles", "A pair of rolled beeswax candles that burn slowly and smell of honey."},
                {"Crocheted toy rabbit", "A soft toy crocheted in cotton, with embroidered eyes."},
                {"Silver leaf earrings", "Hammered sterling silver earrings shaped like leaves."}});

    static final class Seeder {
        final String api;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final Random random = new Random(6);

        Seeder(String base) {
            this.api = base + "/api/v1";
        }

        void seed(Path file, int listings, int members) throws Exception {
            List<String[]> people = new ArrayList<>(); // {id, trade, trade, ...}
            for (int n = 0; n < members; n++) {
                List<String> trades = new ArrayList<>(TRADES);
                java.util.Collections.shuffle(trades, random);
                trades = trades.subList(0, 1 + n % 3);
                List<String> areas = new ArrayList<>(AREAS);
                java.util.Collections.shuffle(areas, random);
                areas = areas.subList(0, 1 + (n / 3) % 3);
                String name = FIRST_NAMES[n % FIRST_NAMES.length] + " " + LAST_NAMES[(n / 3) % LAST_NAMES.length];
                String body = "{\"displayName\": " + quote(name) + ", \"email\": \"storefront-" + n
                        + "@bench.example\", \"trades\": " + list(trades) + ", \"serviceArea\": {\"postcodes\": "
                        + list(areas) + "}}";
                String id = created(post("/members", body), "id");
                List<String> row = new ArrayList<>(List.of(id));
                row.addAll(trades);
                people.add(row.toArray(String[]::new));
            }
            // The listings go four at a time: a co-op's listings are made one by one, but seeding need not be slow.
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < listings; i++) {
                String[] member = people.get(i % people.size());
                String trade = member[1 + (i / people.size()) % (member.length - 1)];
                String body = listing(member[0], trade, i);
                ids.add(pool.submit(() -> created(post("/listings", body), "id")));
            }
            List<String> lines = new ArrayList<>();
            for (Future<String> id : ids) {
                lines.add(id.get());
            }
            pool.shutdown();
            Files.write(file, lines);
            System.out.println("seeded " + members + " members and " + listings + " listings through the API");
        }

        String listing(String memberId, String trade, int i) {
            String[][] kinds = WORK.get(trade);
            String[] kind = kinds[i % kinds.length];
            String title = kind[0] + (i / kinds.length % 4 == 0 ? "" : " (" + (1 + i / kinds.length % 4) + ")");
            String description = kind[1] + " " + switch (i % 4) {
                case 0 -> "Friendly, reliable and fully insured.";
                case 1 -> "I use eco-friendly products and tools where I can.";
                case 2 -> "Ask me about regular visits or gifts; I am happy to talk it through first.";
                default -> "Over ten years' experience; references on request.";
            };
            long price = switch (trade) {
                case "cleaning" -> 1400 + 50 * (i % 13);
                case "gardening" -> 1600 + 100 * (i % 9);
                default -> 600 + 250 * (i % 17);
            };
            String attributes = switch (trade) {
                case "cleaning" -> "{\"suppliesAvailable\": " + (i % 3 != 0) + ", \"suppliesSurcharge\": "
                        + money(300 + 100 * (i % 4)) + "}";
                case "gardening" -> "{\"tasks\": " + list(gardenTasks(i)) + ", \"greenWasteRemoval\": " + (i % 2 == 0)
                        + ", \"greenWasteSurcharge\": " + money(1000 + 500 * (i % 3)) + "}";
                default -> "{\"personalisable\": " + (i % 2 == 0) + ", \"personalisationMaxLength\": 30,"
                        + " \"personalisationSurcharge\": " + money(300) + ", \"collection\": true, \"delivery\": "
                        + (i % 3 == 0) + ", \"deliveryCharge\": " + money(395) + "}";
            };
            String product = trade.equals("crafts")
                    ? ", \"stock\": " + (i % 5 == 0 ? "null" : String.valueOf(1 + i % 12)) + ", \"leadTimeDays\": "
                            + (i % 4)
                    : "";
            return "{\"memberId\": " + quote(memberId) + ", \"trade\": " + quote(trade) + ", \"title\": "
                    + quote(title) + ", \"description\": " + quote(description) + ", \"price\": " + money(price)
                    + ", \"attributes\": " + attributes + product + "}";
        }

        static List<String> gardenTasks(int i) {
            List<String> all = List.of("mowing", "hedge-trimming", "weeding", "planting");
            List<String> some = new ArrayList<>();
            for (int t = 0; t < all.size(); t++) {
                if (((i + 1) >> t & 1) == 1 || t == i % 4) {
                    some.add(all.get(t));
                }
            }
            return some;
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", AUTHORIZATION)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String created(HttpResponse<String> response, String field) {
            Matcher id = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return id.group(1);
        }

        static String money(long minor) {
            return "{\"minor\": " + minor + ", \"currency\": \"GBP\"}";
        }

        static String list(List<String> texts) {
            return texts.stream().map(StorefrontBench::quote).toList().toString();
        }
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- measuring -------------------------------------------------------------------------------------------

    /** One kind of page: the n-th request's path, and what a good answer contains. */
    /** A response's text, unpacked when it came gzipped. */
    static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    record Kind(String name, IntFunction<String> path, String expected) {
    }

    /** Each search finds something in the seeded listings (a postcode's services, or products, which show anywhere). */
    static final List<String> SEARCHES = List.of(
            "postcode=BR5+3AB&trade=cleaning&q=clean",
            "postcode=BR6+0AA&trade=gardening&q=hedge",
            "postcode=SE9+4HA&trade=crafts&q=mug",
            "postcode=BR1&trade=&q=eco-friendly",
            "postcode=DA14+5BB&trade=gardening&q=",
            "postcode=&trade=cleaning&q=oven");

    /** The same style sheet straight from the web app's folder, by the web container without Faces. */
    static final String PLAIN_FILE = "/resources/css/shop.css";

    static void measure(String base, List<String> listings, int clients, int seconds, int warmUpSeconds)
            throws Exception {
        String stylesheet = stylesheetOf(base);
        List<Kind> kinds = List.of(
                new Kind("home GET /", n -> "/", "<h1>Local work by local people</h1>"),
                new Kind("search GET /?postcode&trade&q", n -> "/?" + SEARCHES.get(n % SEARCHES.size()),
                        "class=\"listing-card\""),
                new Kind("listing GET /shop/listing.xhtml", n -> "/shop/listing.xhtml?id="
                        + listings.get(Math.floorMod(n * 7919, listings.size())), "Work out your price"),
                new Kind("static GET shop.css", n -> stylesheet, ".skip-link"),
                new Kind("plain file GET shop.css", n -> PLAIN_FILE, ".skip-link"));
        System.out.println("static file: " + stylesheet + " (the style sheet as the pages link to it); plain file: "
                + PLAIN_FILE + " (the same file at its bare address, from the web container)");
        System.out.printf("warming up for %d s, %d clients, every kind in turn ...%n", warmUpSeconds, clients);
        run(base, clients, warmUpSeconds, n -> kinds.get(n % kinds.size()), null);
        System.out.printf("%-34s %9s %7s %7s %7s %7s %8s %11s %11s  %s%n", "page (" + clients + " clients, " + seconds
                + " s)", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "server CPU", "client CPU",
                "errors");
        for (Kind kind : kinds) {
            long server = serverCpuMillis();
            long client = clientCpuMillis();
            Result result = run(base, clients, seconds, n -> kind, kind.name());
            int done = Math.max(1, result.nanos().length);
            System.out.printf("%s %8.2f ms %8.2f ms  %s%n", result, (serverCpuMillis() - server) / (double) done,
                    (clientCpuMillis() - client) / (double) done, result.errorText());
        }
    }

    /**
     * The server's CPU time so far (user and system, from /proc), given -Dbench.serverPid: divided by the requests
     * answered, what a page costs the server whatever else the shared machine is doing.
     */
    static long serverCpuMillis() {
        String pid = System.getProperty("bench.serverPid");
        if (pid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // clock ticks of 10 ms
        } catch (IOException e) {
            return 0;
        }
    }

    /** This load generator's own CPU time: it shares the two cores with the server. */
    static long clientCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** The shop's style sheet as the home page links to it. */
    static String stylesheetOf(String base) throws Exception {
        String home = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher link = Pattern.compile("href=\"([^\"]*shop\\.css[^\"]*)\"").matcher(home);
        if (!link.find()) {
            throw new IllegalStateException("the home page links no shop.css: " + home);
        }
        return link.group(1).replace("&amp;", "&");
    }

    record Result(String name, int seconds, long[] nanos, Map<String, Long> errors) {
        @Override
        public String toString() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format("%-34s %9d %7.0f %7.1f %7.1f %7.1f %8.1f", name, sorted.length,
                    sorted.length / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        String errorText() {
            return errors.isEmpty() ? "none" : errors.toString();
        }

        static double ms(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    /** One page in this many has its content checked (every status is). */
    static final int CHECK_EVERY = 10;

    /** Clients ask one request after another for {@code seconds}; each good answer's time is kept. */
    static Result run(String base, int clients, int seconds, IntFunction<Kind> kindOf, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
                long[] times = new long[1024];
                int count = 0;
                for (int n = client; System.nanoTime() < end; n += clients) {
                    Kind kind = kindOf.apply(n);
                    // Asks for gzip as every browser does; the page is unpacked after the clock stops, to check it.
                    // Every status is checked, and every tenth page's content: the clients share the server's two
                    // cores here, and unpacking every page would take CPU from the server being measured.
                    boolean checkContent = (n / clients) % CHECK_EVERY == 0;
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + kind.path().apply(n)))
                            .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    String problem;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            problem = "HTTP " + response.statusCode();
                        } else if (checkContent && !text(response).contains(kind.expected())) {
                            problem = "200 without the expected content";
                        } else {
                            if (count == times.length) {
                                times = Arrays.copyOf(times, count * 2);
                            }
                            times[count++] = took;
                            continue;
                        }
                    } catch (IOException e) {
                        problem = e.getClass().getSimpleName();
                    }
                    errors.computeIfAbsent(problem, p -> new LongAdder()).increment();
                }
                return Arrays.copyOf(times, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
        Map<String, Long> counted = new TreeMap<>();
        errors.forEach((problem, n) -> counted.put(problem, n.sum()));
        return new Result(name, seconds, nanos, counted);
    }

}

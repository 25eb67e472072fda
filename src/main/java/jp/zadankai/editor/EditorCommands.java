package jp.zadankai.editor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;
import jp.zadankai.content.EditorFacingException;
import jp.zadankai.content.EditorMessage;
import jp.zadankai.like.LikeStore;
import jp.zadankai.site.SiteBuild;
import jp.zadankai.site.SiteBuilder;
import jp.zadankai.site.SiteExporter;

/**
 * The editors' commands, {@code check} and {@code export OUT_DIR}: both build a snapshot exactly as the server
 * does, without starting it, and print one line per problem as {@code path:line: message}. {@code likes} prints
 * each published article's slug and スキ count, from the database the server's settings name.
 * <p>
 * Run where an editor works (a folder with {@code content/}), they take that folder, the files just edited, rather
 * than the copy bundled into the jar at its last build; {@code --bundled} asks for that copy instead. Either way the
 * last line says which content was checked.
 */
public final class EditorCommands {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    private static final String CONTENT_DIR = "--zadankai.content-dir=";
    private static final String BASE_URL = "--zadankai.site.base-url=";
    private static final String BUNDLED = "--bundled";

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;

    /** @param workingDirectory where the command runs: its {@code content/}, if any, is what is checked */
    public EditorCommands(PrintStream out, PrintStream err, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("check") || args[0].equals("export") || args[0].equals("likes"));
    }

    public int run(Class<?> application, String[] args) {
        List<String> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            (args[i].startsWith("--") ? options : operands).add(args[i]);
        }
        boolean export = args[0].equals("export");
        boolean bundled = options.remove(BUNDLED);
        if (export ? operands.size() != 1 : !operands.isEmpty()) {
            err.println(EditorMessage.USAGE.text());
            return USAGE;
        }
        if (!bundled && options.stream().noneMatch(option -> option.startsWith(CONTENT_DIR))) {
            Path local = workingDirectory.resolve("content");
            if (Files.isDirectory(local)) {
                options.add(CONTENT_DIR + local);
            }
        }
        if (export) {
            Optional<Path> source = refusedSource(Path.of(operands.get(0)), options);
            if (source.isPresent()) {
                err.println(EditorMessage.EXPORT_INTO_SOURCE.text(operands.get(0), source.get()));
                return USAGE;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(options.toArray(String[]::new))) {
            ContentSource source = context.getBean(ContentSource.class);
            SiteBuild build = context.getBean(SiteBuilder.class).build(source, SiteBuild.NONE);
            if (args[0].equals("likes")) {
                return likes(build, context.getBean(LikeStore.class));
            }
            report(source, build);
            if (build.hasErrors()) {
                return CONTENT_ERRORS;
            }
            if (export) {
                return export(build, context.getBean(SiteBuilder.class).settings().baseUrl(),
                        Path.of(operands.get(0)), options);
            }
            return OK;
        } catch (IOException | RuntimeException e) {
            err.println(ContentProblem.printable(editorsMessage(e)));
            return CONTENT_ERRORS;
        } catch (OutOfMemoryError e) {
            // Every size an editor controls is bounded; this is a heap too small for the bounds set. One line, no
            // stack trace: the editor reads it, not a developer.
            err.println(EditorMessage.OUT_OF_MEMORY.text(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            return CONTENT_ERRORS;
        }
    }

    /** The folder of sources an export folder lies in (content, its own or the one given, or src), if any. */
    private Optional<Path> refusedSource(Path outDir, List<String> options) {
        Path target = workingDirectory.resolve(outDir).toAbsolutePath().normalize();
        List<Path> sources = new ArrayList<>(List.of(workingDirectory.resolve("content"),
                workingDirectory.resolve("src")));
        options.stream().filter(option -> option.startsWith(CONTENT_DIR))
                .forEach(option -> sources.add(workingDirectory.resolve(option.substring(CONTENT_DIR.length()))));
        return sources.stream().map(folder -> folder.toAbsolutePath().normalize()).filter(target::startsWith)
                .findFirst();
    }

    private int export(SiteBuild build, String baseUrl, Path outDir, List<String> options) throws IOException {
        Path target = workingDirectory.resolve(outDir).toAbsolutePath().normalize();
        if (options.stream().noneMatch(option -> option.startsWith(BASE_URL))) {
            err.println(EditorMessage.EXPORT_WITHOUT_BASE_URL.text(baseUrl));
        }
        int written = new SiteExporter().export(build.site(), target);
        err.println(EditorMessage.EXPORT_DONE.text(written, target));
        return OK;
    }

    /** One line per published article, {@code slug<TAB>count}, newest first as on the index. */
    private int likes(SiteBuild build, LikeStore store) {
        if (build.site() == null) {
            build.errors().forEach(err::println);
            return CONTENT_ERRORS;
        }
        Map<String, Long> counts = store.counts();
        build.site().articles().stream().filter(article -> !article.meta().draft()).forEach(article ->
                out.println(article.slug() + "\t" + counts.getOrDefault(article.slug(), 0L)));
        return OK;
    }

    private void report(ContentSource source, SiteBuild build) {
        for (ContentProblem problem : build.problems()) {
            out.println(problem.toString(source.displayPrefix()));
        }
        int errors = build.errors().size();
        err.println(EditorMessage.CHECK_SUMMARY.text(source.describe(), errors, build.problems().size() - errors));
    }

    /** The Japanese message an exception carries for an editor, else the exception's own as a detail. */
    private static String editorsMessage(Throwable e) {
        return Optional.ofNullable(EditorFacingException.find(e)).map(Throwable::getMessage)
                .orElseGet(() -> EditorMessage.COMMAND_FAILED.text(e.getMessage()));
    }
}

package jp.zadankai.editor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.content.ContentSource;
import jp.zadankai.site.SiteBuild;
import jp.zadankai.site.SiteBuilder;
import jp.zadankai.site.SiteExporter;

/**
 * The editors' commands, {@code check} and {@code export OUT_DIR}: both build a snapshot exactly as the server
 * does, without starting it, and print one line per problem as {@code path:line: message}.
 */
public final class EditorCommands {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public EditorCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("check") || args[0].equals("export"));
    }

    public int run(Class<?> application, String[] args) {
        List<String> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            (args[i].startsWith("--") ? options : operands).add(args[i]);
        }
        boolean export = args[0].equals("export");
        if (export ? operands.size() != 1 : !operands.isEmpty()) {
            err.println("usage: java -jar zadankai.jar check [--zadankai.content-dir=PATH]");
            err.println("       java -jar zadankai.jar export OUT_DIR [--zadankai.content-dir=PATH]");
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(options.toArray(String[]::new))) {
            ContentSource source = context.getBean(ContentSource.class);
            SiteBuild build = context.getBean(SiteBuilder.class).build(source, SiteBuild.NONE);
            report(source, build);
            if (build.hasErrors()) {
                return CONTENT_ERRORS;
            }
            if (export) {
                Path outDir = Path.of(operands.get(0));
                int written = new SiteExporter().export(build.site(), outDir);
                err.println(written + " pages written to " + outDir.toAbsolutePath().normalize());
            }
            return OK;
        } catch (IOException | RuntimeException e) {
            err.println("zadankai: " + ContentProblem.printable(String.valueOf(e.getMessage())));
            return CONTENT_ERRORS;
        } catch (OutOfMemoryError e) {
            // Every size an editor controls is bounded; this is a heap too small for the bounds set. One line, no
            // stack trace: the editor reads it, not a developer.
            err.println("zadankai: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap): give java a larger -Xmx, or lower zadankai.max-content-size");
            return CONTENT_ERRORS;
        }
    }

    private void report(ContentSource source, SiteBuild build) {
        for (ContentProblem problem : build.problems()) {
            out.println(source.displayPrefix() + problem);
        }
        int errors = build.errors().size();
        err.println(EditorMessage.CHECK_SUMMARY.text(source.describe(), errors, build.problems().size() - errors));
    }
}

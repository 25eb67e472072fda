package jp.zadankai.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.zadankai.content.EditorMessage;
import jp.zadankai.content.ContentFile;
import jp.zadankai.content.ContentProblem;
import jp.zadankai.markdown.MarkdownFinding;
import jp.zadankai.markdown.MarkdownRenderer;
import jp.zadankai.markdown.RenderedMarkdown;
import jp.zadankai.markdown.dialogue.Speaker;

/**
 * Reads {@code articles/*.md} into articles. A file that cannot be read, parsed or rendered is reported by name
 * and line and left out; it never stops the others from loading.
 */
public class ArticleLoader implements AutoCloseable {
    /** flexmark recurses per nesting level; a deep stack lets it finish inputs that overflow the default 1 MB. */
    private static final long RENDER_STACK_BYTES = 64L * 1024 * 1024;

    private final MarkdownRenderer markdown;
    private final long maxFileBytes;
    private final Duration renderTimeout;
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    /**
     * Threads with a deep stack are kept and reused: starting one costs 0.3 to 1 ms, as much as rendering a
     * typical article. A render that runs over is interrupted and gives its thread back soon after.
     */
    private final ExecutorService renderThreads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "render", RENDER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param maxFileBytes  a file larger than this is refused
     * @param renderTimeout a file taking longer than this to render is refused
     */
    public ArticleLoader(MarkdownRenderer markdown, long maxFileBytes, Duration renderTimeout) {
        this.markdown = markdown;
        this.maxFileBytes = maxFileBytes;
        this.renderTimeout = renderTimeout;
    }

    /** Ends the render threads with the application (a render that runs over is abandoned, not waited for). */
    @Override
    public void close() {
        renderThreads.shutdownNow();
    }

    /** Loads every article file; what an earlier load gave is reused for each file whose bytes did not change. */
    public LoadedArticles load(List<ContentFile> files, LoadedArticles previous) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, LoadedFile> loadedFiles = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (ContentFile file : files) {
            if (!isArticle(file.path())) {
                continue;
            }
            LoadedFile result = loadUnlessUnchanged(file, previous.files().get(file.path()));
            loadedFiles.put(file.path(), result);
            problems.addAll(result.problems());
            Article article = result.article();
            if (article == null) {
                continue;
            }
            String other = slugs.putIfAbsent(article.slug(), file.path());
            if (other != null) {
                problems.add(ContentProblem.error(file.path(), article.slugLine(),
                        EditorMessage.SLUG_TAKEN.text(article.slug(), other)));
                continue;
            }
            articles.add(article);
        }
        return new LoadedArticles(List.copyOf(articles), List.copyOf(problems), Map.copyOf(loadedFiles));
    }

    public LoadedArticles load(List<ContentFile> files) {
        return load(files, LoadedArticles.NONE);
    }

    /**
     * A file that did not change since the last load is not parsed or rendered again: a reload costs only the
     * edited files, and a file whose render was abandoned is not rendered again until it changes.
     */
    private LoadedFile loadUnlessUnchanged(ContentFile file, LoadedFile before) {
        byte[] digest = digest(file.bytes());
        if (before != null && java.util.Arrays.equals(before.digest(), digest)) {
            return before;
        }
        List<ContentProblem> problems = new ArrayList<>();
        Article article = loadOne(file, problems);
        return new LoadedFile(digest, article, List.copyOf(problems));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isArticle(String path) {
        return path.startsWith("articles/") && path.endsWith(".md");
    }

    private Article loadOne(ContentFile file, List<ContentProblem> problems) {
        String path = file.path();
        if (file.bytes().length > maxFileBytes) {
            problems.add(ContentProblem.error(path, 0,
                    EditorMessage.FILE_TOO_LARGE.text(EditorMessage.size(file.bytes().length),
                            EditorMessage.size(maxFileBytes))));
            return null;
        }
        String text = decode(file, problems);
        if (text == null) {
            return null;
        }
        List<ContentProblem> fileProblems = new ArrayList<>();
        FrontMatterParser.Split split = frontMatterParser.parse(path, text, fileProblems);
        problems.addAll(fileProblems);
        if (split.frontMatter() == null) {
            return null;
        }
        RenderedMarkdown body = render(path, split.body(), split.frontMatter(), problems);
        if (body == null) {
            return null;
        }
        Article article = Article.of(path, split.bodyLine(), split.fieldLines().getOrDefault("slug", 1),
                file.lastModified(), split.frontMatter(), body);
        for (MarkdownFinding finding : body.findings()) {
            problems.add(ContentProblem.warning(path, article.fileLine(finding.line()), finding.message()));
        }
        // In one part of a series, a participant who speaks only in another part is normal: nothing to act on.
        boolean wholeDialogue = split.frontMatter().series() == null || split.frontMatter().series().of() < 2;
        for (Speaker participant : split.frontMatter().participants()) {
            if (wholeDialogue && !body.speakers().contains(participant.shortName())) {
                problems.add(ContentProblem.warning(path, split.fieldLines().getOrDefault("participants", 1),
                        EditorMessage.SILENT_PARTICIPANT.text(participant.shortName(), participant.shortName())));
            }
        }
        return article;
    }

    /** UTF-8 whatever the platform's locale; a leading BOM is dropped; line ends become \n. */
    private static String decode(ContentFile file, List<ContentProblem> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes())).toString();
            if (text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            return withoutControlCharacters(file.path(), text, problems) ? text : null;
        } catch (CharacterCodingException e) {
            problems.add(ContentProblem.error(file.path(), 0, EditorMessage.NOT_UTF8.text()));
            return null;
        }
    }

    /**
     * A control character pasted into the text would reach the page and the feed's summary, where no XML may hold
     * it: each line that has one is reported.
     */
    private static boolean withoutControlCharacters(String path, String text, List<ContentProblem> problems) {
        if (ControlCharacters.first(text) < 0) {
            return true;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int forbidden = ControlCharacters.first(lines[i]);
            if (forbidden >= 0) {
                problems.add(ContentProblem.error(path, i + 1, EditorMessage.CONTROL_CHARACTER.text(forbidden)));
            }
        }
        return false;
    }

    /**
     * Renders on a thread with a deep stack and a time bound: flexmark overflows the default stack on some inputs
     * and takes seconds on others. A render that runs over is interrupted, which its text turns into the end of
     * the render at the next character read ({@link InterruptibleText}), and the file is reported.
     */
    private RenderedMarkdown render(String path, String body, FrontMatter meta, List<ContentProblem> problems) {
        Future<RenderedMarkdown> result = renderThreads.submit(() -> {
            // Named after its file while it works: a render that runs over shows which file in a thread dump.
            Thread.currentThread().setName("render-" + path);
            try {
                return markdown.render(new InterruptibleText(body), meta.participants());
            } finally {
                Thread.currentThread().setName("render");
            }
        });
        try {
            return result.get(renderTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            problems.add(ContentProblem.error(path, 0,
                    EditorMessage.RENDER_TIMEOUT.text(EditorMessage.seconds(renderTimeout))));
        } catch (ExecutionException e) {
            problems.add(ContentProblem.error(path, 0, e.getCause() instanceof StackOverflowError
                    ? EditorMessage.RENDER_TOO_DEEP.text()
                    : EditorMessage.RENDER_FAILED.text(e.getCause().getClass().getSimpleName())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(ContentProblem.error(path, 0, EditorMessage.RENDER_INTERRUPTED.text()));
        }
        return null;
    }
}

package jp.zadankai.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.zadankai.ZadankaiApplication;

/** A bad deploy fails loudly before it serves, with the lines of the check and without a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTests {

    @Test
    void serverRefusesToStartOnContentErrorsWithTheCheckMessages(@TempDir Path content, CapturedOutput output)
            throws Exception {
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.md"), "---\nslug: a\n---\n");
        Files.writeString(content.resolve("articles/b.md"), "---\ntitle: b\n---\n[x](/articles/nope)\n");

        assertThatThrownBy(() -> SpringApplication.run(ZadankaiApplication.class, "--server.port=0",
                "--zadankai.content-dir=" + content)).isNotNull();

        String out = output.getAll();
        assertThat(out).contains("APPLICATION FAILED TO START")
                .contains("記事にエラーがあるため、サイトを起動しませんでした。")
                .contains("上のファイルを直してから、もう一度起動してください（「java -jar zadankai.jar check」でも確認できます）。")
                .contains(content + "/articles/a.md:1: エラー：title")
                .contains(content + "/articles/b.md:4: ")
                .doesNotContain("\tat jp.zadankai");
    }

    /** What the preview's console says when it starts on a content folder: what it loaded, and that it watches. */
    @Test
    void aStartOnAContentFolderSaysWhatItLoadedAndThatItWatches(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/a.md"), "---\ntitle: a\n---\n本文。\n");

        try (ConfigurableApplicationContext context = SpringApplication.run(ZadankaiApplication.class,
                "--server.port=0", "--zadankai.content-dir=" + content, "--zadankai.data-dir=" + dir.resolve("data"))) {
            assertThat(output.getAll())
                    .containsPattern(Pattern.quote(content.toString()) + "を読み込みました。記事1本、ページ\\d+枚（[0-9.]+秒）")
                    .contains("「" + content + "」の変更を監視しています。ファイルを保存すると読み込み直します。");
        }
    }

    @Test
    void aPortAlreadyInUseIsSaidInJapaneseWithWhatToDo(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> SpringApplication.run(ZadankaiApplication.class,
                    "--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1")).isNotNull();

            assertThat(output.getAll()).contains("ポート" + taken.getLocalPort() + "はほかのプログラムが使っています。"
                    + "プレビュー（mvn spring-boot:run）やほかのサーバーを止めるか、「--server.port=8081」のように"
                    + "別のポートを指定してください。").doesNotContain("\tat jp.zadankai");
        }
    }

    @Test
    void aBaseUrlAsTheGuidesPlaceholderIsRefusedAtStartInJapanese(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ZadankaiApplication.class, "--server.port=0",
                "--zadankai.site.base-url=https://公開するURL")).isNotNull();

        assertThat(output.getAll()).contains("zadankai.site.base-url「https://公開するURL」は使えません。"
                        + "「https://example.jp」のように、httpかhttpsで始まるURLを書いてください"
                        + "（日本語のドメインは、xn--で始まる形（Punycode）にします）。")
                .doesNotContain("\tat jp.zadankai");
    }
}

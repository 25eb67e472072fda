package jp.zadankai.content;

import java.time.Duration;

/**
 * Every message an editor can get from a check, a command or the preview's console, in one table: each says what
 * is wrong, where, and how to write it instead, in です・ます and in the JTF style (full-width （）「」： inside
 * Japanese, no space between Japanese and the brackets, names or numbers beside it, 「。」 between sentences).
 * {@code %s} and {@code %d} are filled in the order given; a library's own English words only ever follow as
 * {@link #DETAIL}. Examples an editor copies into a file stay half-width inside 「」, as they are to be typed. Tests
 * pin the full-width punctuation by code point.
 */
public enum EditorMessage {
    // Front matter
    MISSING("フロントマターがありません。1行目を「---」にし、titleなどの項目を書いてから、「---」だけの行で閉じてください。"),
    UNCLOSED("フロントマターが閉じていません。titleなどの項目の後に、「---」だけの行を書いてください。"),
    NOT_A_MAPPING("フロントマターは「項目: 値」の形で、1行に1項目ずつ書いてください（例：「title: 座談会」）。"),

    SYNTAX("フロントマターのこの行を読み取れません。%s"),
    TAB("タブ文字は使えません。字下げや区切りには半角スペースを使ってください。"),
    FULL_WIDTH_SPACE("行頭に全角スペースがあります。字下げには半角スペースを使ってください。"),
    FULL_WIDTH_COLON("項目名の後の「：」が全角です。半角の「:」と半角スペースにしてください（例：「title: 座談会」）。"),
    COLON_IN_VALUE("値に「: 」や「#」を含むときは、値全体を「\"」で囲んでください（例：「title: \"座談会: 第1回\"」）。"),
    INDENTATION("字下げがずれています。同じ階層の項目は、行頭の半角スペースの数をそろえてください。"),
    MISSING_COLON("項目名の後に「:」がありません。「項目: 値」のように、半角の「:」と半角スペースを書いてください。"),
    UNCLOSED_QUOTE("「%s」で始めた値が閉じていません。値の終わりにも「%s」を書いてください。"),
    UNCLOSED_BRACKET("「%s」が閉じていません。最後の値の後に「%s」を書いてください。"),
    QUOTE_VALUE("値を「@」「`」「*」「&」などの記号で始めるときは、値全体を「\"」で囲んでください。"),
    CONTROL_CHARACTER("見えない制御文字（U+%04X）が入っています。その文字を消してください。"),
    TOO_DEEP("「[」や「{」の入れ子が深すぎます。入れ子を浅くしてください。"),
    UNREADABLE("この行のあたりの書き方を確認してください。"),
    DETAIL("%s（詳細：%s）"),

    UNKNOWN_KEY("「%s」は使えない項目のため、無視されます。綴りを確認してください（使える項目：%s）。"),
    DUPLICATE_KEY("「%s」が2回書かれています（%d行目にもあります）。1つにまとめてください。"),
    ALIAS("値を「*」で始めるときは、値全体を「\"」で囲んでください（「*%s」はYAMLの別名として読まれます）。"),

    TITLE_MISSING("title（タイトル）がありません。「title: 座談会」のように書いてください。"),
    SLUG("slug「%s」は使えません。slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです（例：「slug: roundtable-1」）。"),
    SLUG_FROM_FILE_NAME("ファイル名「%s」はslug（記事のURL）に使えません。slugに使えるのは半角の英小文字、数字、ハイフン（-）だけです。"
            + "フロントマターに「slug: roundtable-1」のように書いてください。"),
    TEXT("%sは文字で書いてください（リストや「項目: 値」の形は書けません）。"),
    DATE("%s「%s」を日付として読み取れません。「2022-08-22」のように、年-月-日の形で書いてください。"),
    DATE_IMPOSSIBLE("%s「%s」という日はありません。月と日を確認してください。"),
    TAGS("tagsは文字のリストで書いてください（例：「tags: [DX, 練馬区]」）。"),
    TOO_MANY_TAGS("tagsが%d個あります。1つの記事に%d個までにしてください。"),
    TAG_NOT_A_PATH("タグ「%s」はページのURLになりません。「/」「\\」「;」や制御文字を使わず、「.」や「..」だけにせず、%d文字以内で書いてください。"),
    SERIES("seriesの書き方に誤りがあります。「series: {name: 座談会, part: 1, of: 2}」のように書いてください"
            + "（partは第何回か、ofは全何回か。partはof以下にします）。"),
    SERIES_NUMBER("seriesの%sは、1から%dまでの整数で書いてください。"),
    SERIES_PART("seriesのpart（%d）がof（%d）を超えています。partは第何回か、ofは全何回かです。partはof以下にしてください。"),
    DRAFT("draftは、true（下書き）かfalseで書いてください。"),
    PARTICIPANTS("participantsは、name（氏名）、short（本文での呼び名）、role（役職）、group（所属）を書いた人のリストにしてください。"),
    PARTICIPANT_NAME("participantsの%d人目にname（氏名）がありません。「name: 森田 泰子」のように書いてください。"),
    PARTICIPANT_SHORT("participantsの%d人目のshort（本文での呼び名）が空です。shortの行を消すか、1文字以上にしてください。"),

    // A file as a whole, and the body
    FILE_TOO_LARGE("ファイルが大きすぎます（%s。上限は%s）。記事なら複数回に分け、画像なら縮小してください。"),
    NOT_UTF8("文字コードがUTF-8ではありません。エディターで文字コードにUTF-8を選んで、保存し直してください。"),
    RENDER_TIMEOUT("本文を%s以内に処理できませんでした。極端に長い行や、引用・リストの深い入れ子がないか確認してください。"),
    RENDER_TOO_DEEP("本文を処理できませんでした。引用・リストの入れ子や記号の繰り返しが深すぎます。入れ子を浅くしてください。"),
    RENDER_FAILED("本文を処理できませんでした。開発担当者に連絡してください（詳細：%s）。"),
    RENDER_INTERRUPTED("本文の処理が途中で止められました。もう一度保存するか、チェックをやり直してください。"),
    SLUG_TAKEN("slug「%s」は%sでも使われています。どちらかのslugを変えてください。"),
    SILENT_PARTICIPANT("参加者「%s」の発言が本文にありません。発言は「%s: 」で始まる行に書きます。"
            + "この回で発言しない参加者なら、このままで構いません。"),
    HEADING_WITHOUT_SPACE("「%s」は見出しになりません。見出しにするには、「#」の後に半角スペースを入れてください。"),
    FULL_WIDTH_MARK("全角の「%s」はMarkdownの記号になりません。半角の「%s」を使ってください。"),
    UNKNOWN_SPEAKER("「%s」はparticipantsにない名前のため、この行は発言になりません。発言にするには、participantsに追加するか、"
            + "その人のshortを「%s」にしてください。発言でなければ、このままで構いません。"),
    QUESTION_DASH("段落の先頭の「%s」は質問の印になりません。質問にするには、全角のダッシュ「―」にしてください。"
            + "質問でなければ、このままで構いません。"),
    UNCLOSED_EMPHASIS("閉じていない「**」があります。強調する言葉は「**強調**」のように、前後を「**」で囲んでください。"),
    UNDERSCORE_EMPHASIS("「%s」は強調になりません。日本語の中では「**強調**」か「*強調*」のように、「*」で囲んでください。"),
    IMAGE_WITHOUT_ALT("画像の説明（代替テキスト）がありません。「![写真の説明](%s)」のように、[ ]の中に説明を書いてください。"),
    IMAGE_ALT_IS_FILE_NAME("画像の説明（代替テキスト）「%s」がファイル名のようです。写真を見られない読者にも内容が伝わる言葉にしてください。"),

    // Across files
    LINK_OUT_OF_FOLDER("コンテンツフォルダーの外を指すリンク（%s）です。リンクではなく、ファイルそのものをフォルダーに置いてください。"),
    CONTENT_TOO_LARGE("コンテンツ全体が上限の%sを超えました。使っていないファイルを消すか、画像を縮小してください。"),
    CONTENT_UNREADABLE("コンテンツフォルダーのファイルを読み込めませんでした。ファイルの読み取り権限を確認してください（詳細：%s）。"),
    MEDIA_TYPE("この種類のファイル（拡張子「%s」）はサイトに置けません。使える拡張子は%sです。"),
    MEDIA_NO_EXTENSION("ファイル名に拡張子がありません。「photo.jpg」のように拡張子を付けてください（使える拡張子：%s）。"),
    MEDIA_NAME("このファイル名ではURLで開けません。「\\」「;」や制御文字を使わない名前にしてください。"),
    COVER_MISSING("cover（見出し画像）のファイル「%s」が見つかりません。コンテンツフォルダーの「%s」にファイルを置くか、coverのパスを直してください"
            + "（大文字と小文字も区別されます）。"),
    LINKED_FILE_MISSING("ファイル「%s」が見つかりません。コンテンツフォルダーの「%s」にファイルを置くか、本文のパスを直してください"
            + "（大文字と小文字も区別されます）。"),
    LINKED_ARTICLE_MISSING("リンク先の記事「%s」が見つかりません。slugが「%s」の記事はありません。リンクのslugを確認してください。"),
    LINKED_ARTICLE_DRAFT("リンク先の記事「%s」は下書き（draft: true）です。公開すると、このリンクは読者には見つからないページになります。"
            + "リンク先も公開するか、リンクを外してください。"),
    RELATIVE_LINK("リンク「%s」は、記事のページからは別の場所を指します。「/」から書いてください"
            + "（画像は「/media/写真.jpg」、記事は「/articles/slug」）。"),

    // What the commands and the server say
    CHECK_SUMMARY("%sを確認しました。エラー%d件、警告%d件"),
    BUNDLED_CONTENT("jarに同梱のコンテンツ"),
    CONTENT_FOLDER_MISSING("コンテンツフォルダー「%s」が見つかりません。contentフォルダーのある場所で実行するか、"
            + "「--zadankai.content-dir=」でフォルダーを指定してください。"),
    // Descriptions start at one column as a terminal shows them: a kana or kanji takes two.
    USAGE("""
            使い方：
              java -jar zadankai.jar check [--zadankai.content-dir=フォルダー]      ./content（ないときは--bundledと同じ）を確認します
              java -jar zadankai.jar check --bundled                                jarに同梱のコンテンツを確認します
              java -jar zadankai.jar export 出力フォルダー --zadankai.site.base-url=https://公開先のURL
                                                                                    サイトを静的なファイルとして書き出します
              java -jar zadankai.jar likes                                          記事ごとのスキの数を表示します"""),
    EXPORT_DONE("%dページを「%s」に書き出しました。"),
    EXPORT_WITHOUT_BASE_URL("--zadankai.site.base-urlが指定されていないため、正規URL・フィード・サイトマップのURLが「%s」のままです。"
            + "公開先のURLを指定してください。"),
    EXPORT_INTO_SOURCE("出力フォルダー「%s」は「%s」の中にあります。書き出し先には、「target/site」のような、contentとsrcの外のフォルダーを指定してください。"),
    EXPORT_COLLISION("「%s」と「%s」が、同じファイル「%s」に書き出されます。どちらかの名前を変えてください。"),
    EXPORT_UNSAFE_PATH("ページ「%s」は出力フォルダーの外や「..」のような名前を指すため、書き出せません。タグやslugに「/」「.」「\\」を使わないでください。"),
    OUT_OF_MEMORY("メモリが足りません（Javaのヒープ：%dMB）。javaに「-Xmx2g」のように大きなヒープを指定するか、zadankai.max-content-sizeを小さくしてください。"),
    COMMAND_FAILED("処理を続けられませんでした。開発担当者に連絡してください（詳細：%s）。"),
    BASE_URL("zadankai.site.base-url「%s」は使えません。「https://example.jp」のように、httpかhttpsで始まるURLを書いてください"
            + "（日本語のドメインは、xn--で始まる形（Punycode）にします）。"),
    PORT_IN_USE("ポート%dはほかのプログラムが使っています。プレビュー（mvn spring-boot:run）やほかのサーバーを止めるか、"
            + "「--server.port=8081」のように別のポートを指定してください。"),
    WATCHING("「%s」の変更を監視しています。ファイルを保存すると読み込み直します。"),
    LOADED("%sを読み込みました。記事%d本、ページ%d枚（%s）"),
    KEEPING_LAST_GOOD("エラーがあるため、前回正常に読み込めた内容で表示を続けています。"),
    RELOAD_FAILED("読み込み直せませんでした。前回正常に読み込めた内容で表示を続けています。"),
    CONTENT_ERRORS_AT_START("記事にエラーがあるため、サイトを起動しませんでした。"),
    CONTENT_ERRORS_ACTION("上のファイルを直してから、もう一度起動してください（「java -jar zadankai.jar check」でも確認できます）。");

    /** Package-private for the test that holds every message to the house typography. */
    final String template;

    EditorMessage(String template) {
        this.template = template;
    }

    public String text(Object... values) {
        return template.formatted(values);
    }

    /**
     * A size as the settings write it: 「1MB」, 「1.1MB」, 「512KB」; rounded up, so that a file just over its limit
     * never reads as the limit itself.
     */
    public static String size(long bytes) {
        double megabytes = bytes / (1024.0 * 1024);
        if (megabytes >= 1) {
            return decimal(Math.ceil(megabytes * 10) / 10) + "MB";
        }
        return decimal(Math.ceil(bytes / 1024.0)) + "KB";
    }

    /** A duration as the settings write it: 「3秒」, 「0.5秒」. */
    public static String seconds(Duration duration) {
        return decimal(duration.toMillis() / 1000.0) + "秒";
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}

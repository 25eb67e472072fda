package jp.zadankai.content;

/**
 * Every message an editor can get from a check, in one table: each says what is wrong and how to write it
 * instead. {@code %s} and {@code %d} are filled in the order given; a library's own English words only ever follow
 * as {@link #DETAIL}. The full-width ： （ ） are written as escapes: a tool could turn them into ASCII unseen.
 */
public enum EditorMessage {
    // Front matter
    MISSING("フロントマターがありません: 1行目を --- にして、title などを書いた後に --- だけの行を書いてください"),
    UNCLOSED("フロントマターが閉じていません: title などを書いた後に --- だけの行を書いてください"),
    NOT_A_MAPPING("フロントマターは 「項目: 値」 の形で、1行に1項目ずつ書いてください (例 title: 座談会)"),

    SYNTAX("フロントマターの YAML が読めません: %s"),
    TAB("タブ文字は使えません。字下げや区切りには半角スペースを使ってください"),
    FULL_WIDTH_SPACE("行頭に全角スペースがあります。字下げには半角スペースを使ってください"),
    FULL_WIDTH_COLON("項目名の後が全角の \uff1a です。半角の : と半角スペースにしてください (例 title: 座談会)"),
    COLON_IN_VALUE("値の中に 「: 」 があります。値全体を \" で囲んでください (例 title: \"座談会: 前編\")"),
    INDENTATION("字下げがずれています。同じ階層の項目は行頭をそろえてください"),
    MISSING_COLON("項目名の後に : がありません。「項目: 値」 のように、半角の : と半角スペースを書いてください"),
    UNCLOSED_QUOTE("%s で始めた値が閉じていません。値の終わりにも %s を書いてください"),
    UNCLOSED_BRACKET("%s が閉じていません。最後の値の後に %s を書いてください"),
    QUOTE_VALUE("値を @ ` * & などの記号で始めるときは、値全体を \" で囲んでください"),
    CONTROL_CHARACTER("見えない制御文字 (U+%04X) が入っています。その文字を消してください"),
    TOO_DEEP("[ や { の入れ子が深すぎます"),
    UNREADABLE("この行のあたりの書き方を確かめてください"),
    DETAIL("%s\uff08詳細\uff1a%s\uff09"),

    UNKNOWN_KEY("知らない項目 %s は使われません (使える項目: %s)"),
    DUPLICATE_KEY("%s が2回書かれています (%d行目にもあります): 1つにまとめてください"),
    ALIAS("値を * で始めるときは、値全体を \" で囲んでください (*%s は YAML の別名として読まれます)"),

    TITLE_MISSING("title (タイトル) がありません: title: 座談会 のように書いてください"),
    SLUG("slug 「%s」 には半角の小文字 a-z、数字 0-9、- だけが使えます (例 slug: roundtable-1)"),
    SLUG_FROM_FILE_NAME("ファイル名 「%s」 は URL に使えません: 半角の小文字 a-z、数字 0-9、- だけの slug を書いてください"
            + " (例 slug: roundtable-1)"),
    TEXT("%s は文字で書いてください (リストや 「項目: 値」 は書けません)"),
    DATE("%s 「%s」 は日付として読めません: YYYY-MM-DD (例 2022-08-22) で書いてください"),
    DATE_IMPOSSIBLE("%s 「%s」 という日はありません: 月と日を確かめてください"),
    TAGS("tags は文字のリストで書いてください (例 [DX, 練馬区])"),
    TOO_MANY_TAGS("tags が %d 個あります: 1つの記事に %d 個までにしてください"),
    TAG_NOT_A_PATH("タグ 「%s」 はページの URL になりません: / \\ ; や制御文字を使わず、. や .. だけにせず、%d 文字以内で書いてください"),
    SERIES("series は name, part, of を書いてください (例 {name: 座談会, part: 1, of: 2})"),
    SERIES_NUMBER("series の %s は 1 から %d までの整数で書いてください"),
    SERIES_PART("series の part %d が of %d を超えています: part は何回目か、of は全部で何回かです"),
    DRAFT("draft は true (下書き) か false で書いてください"),
    PARTICIPANTS("participants は name (氏名), short (本文での表記), role (役職), group (所属) のリストで書いてください"),
    PARTICIPANT_NAME("participants の %d人目に name (氏名) がありません"),
    PARTICIPANT_SHORT("participants の %d人目の short (本文での表記) が空です: 書かないか、1文字以上にしてください"),

    // A file as a whole, and the body
    FILE_TOO_LARGE("ファイルが大きすぎます (%d バイト、上限は %d バイト)"),
    NOT_UTF8("UTF-8 として読めません: UTF-8 で保存し直してください"),
    RENDER_TIMEOUT("Markdown を表示できません: %d ミリ秒以内に処理が終わりません (とても長い行や深い入れ子がないか確かめてください)"),
    RENDER_TOO_DEEP("Markdown を表示できません (入れ子や記号の繰り返しが深すぎます)"),
    RENDER_FAILED("Markdown を表示できません (%s)"),
    RENDER_INTERRUPTED("Markdown を表示できません"),
    SLUG_TAKEN("slug 「%s」 は %s と重なっています"),
    SILENT_PARTICIPANT("%s さんの発言がありません (「%s: …」 で始まる行が発言になります)"),
    HEADING_WITHOUT_SPACE("見出しにするには # の後に半角の空白を入れてください: %s"),
    FULL_WIDTH_MARK("全角の %s は Markdown の記号になりません: 半角の %s を使ってください"),
    UNKNOWN_SPEAKER("「%s」 は参加者にいない名前です: 発言にするには participants に加えるか、short を合わせてください"),
    UNCLOSED_EMPHASIS("閉じていない ** があります (強調は **このように** 囲みます)"),
    UNDERSCORE_EMPHASIS("%s は強調になりません: 日本語の中では **強調** か *強調* のように * で囲んでください"),
    IMAGE_WITHOUT_ALT("画像に代替テキストがありません: ![写真の説明](%s) のように書いてください"),
    IMAGE_ALT_IS_FILE_NAME("画像の説明「%s」がファイル名のようです: 読者に写真の内容を伝える言葉にしてください"),

    // Across files
    LINK_OUT_OF_FOLDER("リンク先 %s はコンテンツフォルダの中のファイルではありません: リンクではなく、ファイルそのものをフォルダに置いてください"),
    CONTENT_TOO_LARGE("コンテンツ全体が上限の %d バイトを超えました: 使っていないファイルを消すか、画像を小さくしてください"),
    CONTENT_UNREADABLE("コンテンツを読めません (%s)"),
    MEDIA_TYPE("この種類のファイル (拡張子 %s) はサイトに置けません: 使えるのは %s です"),
    MEDIA_NO_EXTENSION("ファイル名に拡張子がありません: 使えるのは %s です (例 photo.jpg)"),
    MEDIA_NAME("このファイル名では URL で開けません: \\ ; や制御文字を使わない名前にしてください"),
    COVER_MISSING("cover のファイル %s がありません"),
    LINKED_FILE_MISSING("リンク先のファイル %s がありません (content%s)"),
    LINKED_ARTICLE_MISSING("リンク先の記事 %s がありません (slug 「%s」 の記事がない)"),
    LINKED_ARTICLE_DRAFT("リンク先の記事 %s は下書き (draft: true) です: 公開すると読者には見つからないページになります。リンク先を公開するか、リンクを外してください"),
    RELATIVE_LINK("リンク %s は記事のページからは別の場所を指します: content の中のファイルは /media/写真.jpg、記事は /articles/slug のように / から書いてください"),

    // What the commands and the server say
    CHECK_SUMMARY("%sを確認しました。エラー%d件、警告%d件"),
    BUNDLED_CONTENT("jarに同梱のコンテンツ"),
    CONTENT_FOLDER_MISSING("コンテンツのフォルダ %s がありません: content フォルダのあるところで実行するか、--zadankai.content-dir= でフォルダを指定してください"),
    USAGE("""
            使い方:
              java -jar zadankai.jar check [--zadankai.content-dir=フォルダ]      ./content (なければ --bundled で jar に同梱のコンテンツ) を確認します
              java -jar zadankai.jar check --bundled                          jar に同梱のコンテンツを確認します
              java -jar zadankai.jar export 出力フォルダ --zadankai.site.base-url=https://公開先のURL
                                                                             サイトを静的なファイルとして書き出します"""),
    EXPORT_DONE("%d ページを %s に書き出しました"),
    EXPORT_WITHOUT_BASE_URL("--zadankai.site.base-url が指定されていないので、正規 URL・フィード・サイトマップは %s のままです: 公開先の URL を指定してください"),
    EXPORT_INTO_SOURCE("出力フォルダ %s は %s の中です: 書き出しは target/site のような、content と src の外のフォルダにしてください"),
    EXPORT_COLLISION("%s と %s が同じファイル %s に書き出されます: どちらかの名前を変えてください"),
    EXPORT_UNSAFE_PATH("ページ %s は出力フォルダの外や 「..」 のような名前を指すので、書き出せません: タグや slug に / . \\ を使わないでください"),
    OUT_OF_MEMORY("メモリが足りません（Java のヒープ %d MB）: java に -Xmx で大きなヒープを与えるか、zadankai.max-content-size を小さくしてください"),
    COMMAND_FAILED("処理を続けられません: %s"),
    BASE_URL("zadankai.site.base-url 「%s」 は使えません: https://example.jp のように、http か https で始まる URL を書いてください (日本語のドメインは xn-- で始まる形 (Punycode) にします)"),
    PORT_IN_USE("ポート %d はほかのプログラムが使っています: プレビュー (mvn spring-boot:run) やほかのサーバーを止めるか、--server.port=8081 のように別のポートを指定してください"),
    CONTENT_ERRORS_AT_START("コンテンツにエラーがあるため、サイトを起動しませんでした:"),
    CONTENT_ERRORS_ACTION("上のファイルを直してから、もう一度起動してください (java -jar zadankai.jar check でも確かめられます)");

    private final String template;

    EditorMessage(String template) {
        this.template = template;
    }

    public String text(Object... values) {
        return template.formatted(values);
    }
}

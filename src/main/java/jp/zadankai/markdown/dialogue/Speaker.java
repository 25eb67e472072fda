package jp.zadankai.markdown.dialogue;

/**
 * A participant as the dialogue extension sees them: the labels that open their turns and what the page shows.
 *
 * @param name      the full name, accepted as a label
 * @param shortName the label used in the text, written to {@code data-speaker}
 * @param role      shown beside the name
 * @param group     the side the speaker belongs to (練馬区 / 東京都); turns of one side share a colour
 * @param reading   how the full name is read (みやさか まなぶ), shown as ruby in the roster; null when not given
 */
public record Speaker(String name, String shortName, String role, String group, String reading) {
}

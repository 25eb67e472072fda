package jp.zadankai.site;

/** Lets the whole-app tests run the page checks of {@link ReaderFeaturesTests} on served pages. */
public final class ReaderFeaturesTestsAccess {
    private ReaderFeaturesTestsAccess() {
    }

    public static void assertEveryFragmentLinkHasItsTarget(String html) {
        ReaderFeaturesTests.assertEveryFragmentLinkHasItsTarget(html);
    }
}

package jp.zadankai;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages import only downward (README, Layout): content (files, and the messages editors read) at the bottom,
 * markdown beside it using only its messages, then article, then site, with the web layer and the editors' commands
 * above it and the configuration on top.
 */
@AnalyzeClasses(packages = "jp.zadankai", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTests {

    @ArchTest
    static final ArchRule packagesImportOnlyDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("content").definedBy("jp.zadankai.content..")
            .layer("markdown").definedBy("jp.zadankai.markdown..")
            .layer("article").definedBy("jp.zadankai.article..")
            .layer("site").definedBy("jp.zadankai.site..")
            .layer("web").definedBy("jp.zadankai.web..")
            .layer("editor").definedBy("jp.zadankai.editor..")
            .layer("system").definedBy("jp.zadankai.system..")
            .whereLayer("system").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("system")
            .whereLayer("editor").mayOnlyBeAccessedByLayers("system")
            .whereLayer("site").mayOnlyBeAccessedByLayers("web", "editor", "system")
            .whereLayer("article").mayOnlyBeAccessedByLayers("site", "web", "editor", "system")
            .whereLayer("markdown").mayOnlyBeAccessedByLayers("article", "site", "web", "editor", "system")
            .whereLayer("content").mayOnlyBeAccessedByLayers("markdown", "article", "site", "web", "editor", "system");
}

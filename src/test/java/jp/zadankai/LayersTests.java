package jp.zadankai;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages import only downward (README, Layout): content (files, and the messages editors read) at the bottom,
 * markdown beside it using only its messages, then article, then site, then like (the スキ button's data), with the
 * web layer (which answers its routes) and the editors' commands above it and the configuration on top.
 */
@AnalyzeClasses(packages = "jp.zadankai", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTests {

    @ArchTest
    static final ArchRule packagesImportOnlyDownward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("content").definedBy("jp.zadankai.content..")
            .layer("markdown").definedBy("jp.zadankai.markdown..")
            .layer("article").definedBy("jp.zadankai.article..")
            .layer("site").definedBy("jp.zadankai.site..")
            .layer("like").definedBy("jp.zadankai.like..")
            .layer("web").definedBy("jp.zadankai.web..")
            .layer("editor").definedBy("jp.zadankai.editor..")
            .layer("system").definedBy("jp.zadankai.system..")
            .whereLayer("system").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("system")
            .whereLayer("editor").mayOnlyBeAccessedByLayers("system")
            .whereLayer("like").mayOnlyBeAccessedByLayers("web", "editor", "system")
            .whereLayer("site").mayOnlyBeAccessedByLayers("like", "web", "editor", "system")
            .whereLayer("article").mayOnlyBeAccessedByLayers("site", "like", "web", "editor", "system")
            .whereLayer("markdown").mayOnlyBeAccessedByLayers("article", "site", "like", "web", "editor", "system")
            .whereLayer("content").mayOnlyBeAccessedByLayers("markdown", "article", "site", "like", "web", "editor",
                    "system");
}

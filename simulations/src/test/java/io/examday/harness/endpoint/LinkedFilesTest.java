package io.examday.harness.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedFilesTest {

    @Test
    void findsThePortalsStylesheetsAndScriptsInPageOrder() {
        String page = """
                <head><link rel="stylesheet" href="/css/portal-3f2a.css">
                <script src="/js/portal-91c0.js" defer></script></head>
                <main data-attempt-id="7"><a class="button" href="/attempts/7?page=2">Next</a>
                <script src="/js/attempt-5d1e.js" defer></script></main>""";

        assertThat(LinkedFiles.in(page)).containsExactly("/css/portal-3f2a.css", "/js/portal-91c0.js", "/js/attempt-5d1e.js");
    }

    @Test
    void leavesOutLinksThatAreNotThePortalsOwnFiles() {
        String page = """
                <link href="https://cdn.example/css/x.css"><img src="/images/logo.png">
                <a href="/exams/3/lobby">Lobby</a><link href="/css/"><script src="/jsx/a.js"></script>
                <p title="src">a="b"</p>""";

        assertThat(LinkedFiles.in(page)).isEmpty();
    }

    @Test
    void anUnclosedValueAtTheEndEndsTheSearch() {
        assertThat(LinkedFiles.in("<script src=\"/js/a.js\"></script><link href=\"/css/b.css")).containsExactly("/js/a.js");
    }
}

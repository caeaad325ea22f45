package dev.skillfast.experts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void ignoresCaseAndAccents() {
        assertThat(SearchText.words("Programación en PYTHON, Diseño UX")).containsExactly("programacion", "en", "python", "diseno", "ux");
    }

    @Test
    void keepsSymbolsThatNameTechnologies() {
        assertThat(SearchText.words("C++ and C# / Node.js")).contains("c++", "c#", "node", "js");
    }

    @Test
    void keywordsDropStopWordsAndShortWords() {
        assertThat(SearchText.keywords("Necesito ayuda con mi clúster de Kubernetes y la base de datos"))
                .containsExactly("cluster", "kubernetes", "base", "datos");
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(SearchText.words(null)).isEmpty();
        assertThat(SearchText.words("  ¡¿ ")).isEmpty();
    }
}

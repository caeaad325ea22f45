package dev.skillfast.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * Accessibility checks run inside a page: the axe-core engine (the npm package {@code axe-core}, a
 * devDependency of the web app, injected through Playwright's evaluate, which the app's
 * Content-Security-Policy does not apply to) and the page's sideways scrolling.
 */
final class Axe {

    /**
     * Serious and critical violations, one entry per rule with each element it found. First waits for
     * the CSS transitions and animations that end: a switch of language, colour scheme or width starts
     * some (under reduced motion, a 0.01 ms transition of every colour, then of the colours inherited
     * from those), and colours read during one are neither the old nor the new.
     */
    private static final String RUN = """
            async () => {
              for (let round = 0; round < 50; round++) {
                const ending = document.getAnimations()
                  .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
                if (ending.length === 0) {
                  break;
                }
                await Promise.all(ending.map((a) => a.finished.catch(() => null)));
              }
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`
                  + v.nodes.map((n) => `\\n      at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`
                    + `\\n         ${(n.failureSummary || '').replace(/\\n\\s*/g, ' ')}`).join(''));
            }""";

    /**
     * Null when the page does not scroll sideways; else its widths and what sticks out on the right,
     * to say what to fix: the outermost elements whose box does (their parent's fits), and the
     * elements whose own text does (a long word that does not wrap).
     */
    private static final String SIDEWAYS = """
            () => {
              const root = document.scrollingElement;
              if (root.scrollWidth <= root.clientWidth) {
                return null;
              }
              const limit = root.clientWidth + 1;
              const right = (e) => e.getBoundingClientRect().right;
              const name = (e) => e.tagName.toLowerCase()
                + (e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
              const boxes = [...document.body.querySelectorAll('*')]
                .filter((e) => right(e) > limit && (!e.parentElement || right(e.parentElement) <= limit))
                .map((e) => `${name(e)} (right edge ${Math.round(right(e))} px)`);
              const texts = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                const edge = range.getBoundingClientRect().right;
                if (edge > limit && right(node.parentElement) <= limit) {
                  texts.push(`text of ${name(node.parentElement)} (right edge ${Math.round(edge)} px)`);
                }
              }
              return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}: `
                + [...boxes, ...texts].slice(0, 8).join('; ');
            }""";

    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = Path.of(System.getProperty("skillfast.it.axe", "webapp/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core not found at " + file.toAbsolutePath()
                        + ": it is a devDependency of the web app (npm ci in webapp/, which the build runs)", e);
            }
        }
        return source;
    }

    /** The serious and critical axe-core violations of the page as it is now, readably. */
    @SuppressWarnings("unchecked")
    static List<String> blockingViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(source());
        }
        return (List<String>) page.evaluate(RUN);
    }

    /** Null, or why the page scrolls sideways. */
    static String sidewaysScroll(Page page) {
        return (String) page.evaluate(SIDEWAYS);
    }
}

using Microsoft.Playwright;

namespace Coproduction.Browser.Pages;

/// <summary>
/// Finds where a page's layout does not hold at the current viewport: the document wider than the
/// window (a sideways scroll on a phone), a box that runs past the window's edge, text cut off by a
/// box that hides its overflow, and a chart label outside its chart or scaled down below 10px (an
/// SVG chart fitted to a phone shrinks its labels with it). Content inside a box that scrolls
/// on its own (a wide table in its wrapper) is left alone: it can be scrolled to, and it is the report's
/// way of keeping the page itself narrow.
/// </summary>
internal static class Layout
{
    private const string Script = """
        () => {
          const problems = [];
          const smallestLabel = 10;
          const width = window.innerWidth;
          const describe = el => {
            const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
            return `<${el.localName}${el.className && typeof el.className === 'string' ? ' class="' + el.className + '"' : ''}> "${text}"`;
          };
          const scrollsOnItsOwn = el => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              const x = getComputedStyle(a).overflowX;
              if (x === 'auto' || x === 'scroll') return true;
            }
            return false;
          };
          const doc = document.scrollingElement;
          if (doc.scrollWidth > width) problems.push(`the document is ${doc.scrollWidth}px wide in a window ${width}px wide`);
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('svg') && el.localName !== 'svg') continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            if (!scrollsOnItsOwn(el) && (box.right > width + 0.5 || box.left < -0.5)) {
              problems.push(`${describe(el)} spans ${Math.round(box.left)}px to ${Math.round(box.right)}px of a window ${width}px wide`);
            }
            const style = getComputedStyle(el);
            const hides = v => v === 'hidden' || v === 'clip';
            if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
              problems.push(`${describe(el)} cuts off its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
            }
          }
          for (const text of document.querySelectorAll('svg text')) {
            const svg = text.ownerSVGElement;
            const chart = svg.getBoundingClientRect();
            const box = text.getBoundingClientRect();
            if (box.left < chart.left - 1 || box.right > chart.right + 1 || box.top < chart.top - 1 || box.bottom > chart.bottom + 1) {
              problems.push(`chart label "${text.textContent}" lies outside its chart`);
            }
            // A chart scaled down to a narrow screen scales its labels with it.
            const scale = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? chart.width / svg.viewBox.baseVal.width : 1;
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (size < smallestLabel) {
              problems.push(`chart label "${text.textContent}" is ${size.toFixed(1)}px, smaller than ${smallestLabel}px`);
            }
          }
          return problems;
        }
        """;

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);
}

namespace LawfulBasis.AspNetCore.PrivacyCenter;

/// <summary>
/// The center's only stylesheet, served by the center itself (no CDN, no web font): readable type, contrast above
/// WCAG AA (4.5:1) for text and controls, a visible focus ring for keyboard use, and layouts that reflow on a phone.
/// </summary>
internal static class CenterStylesheet
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f9c; --line: #8a8a8a; --warn: #8a1c00; --ok: #1d5e20; --paper: #ffffff; --tint: #f2f5f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: var(--paper); }
        header, main, footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
        header { border-bottom: 2px solid var(--accent); }
        header .site { font-weight: 700; margin: .75rem 0 .25rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0 0 .5rem; padding: 0; }
        a { color: var(--accent); text-decoration-thickness: .08em; text-underline-offset: .15em; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, main:focus-visible {
          outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
        .skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; }
        .skip:focus { left: 0; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 1.25rem 0 .75rem; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1.15rem; margin: 1.25rem 0 .4rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
        p { max-width: 70ch; }
        .hint { color: var(--muted); }
        .status { border-left: 6px solid var(--ok); background: #edf6ee; padding: .6rem .9rem; font-weight: 600; }
        .error { border-left: 6px solid var(--warn); background: #fbeeea; padding: .6rem .9rem; }
        .overdue { color: var(--warn); font-weight: 700; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; display: block; overflow-x: auto; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: var(--tint); }
        form { margin: .4rem 0 .9rem; }
        form.inline { display: inline-block; margin: .2rem .5rem .2rem 0; }
        fieldset { border: 1px solid var(--line); padding: .6rem 1rem .9rem; margin: 0 0 .75rem; }
        legend { font-weight: 600; padding: 0 .3rem; }
        label { display: block; margin: .35rem 0 .15rem; font-weight: 600; }
        label.choice { display: flex; gap: .5rem; align-items: baseline; font-weight: 400; }
        input[type=text], select, textarea { font: inherit; width: 100%; max-width: 36rem; padding: .4rem .5rem; border: 2px solid var(--ink); border-radius: 3px; background: #fff; color: var(--ink); }
        textarea { min-height: 4.5rem; }
        input[type=radio] { width: 1.2rem; height: 1.2rem; }
        button { font: inherit; font-weight: 600; min-height: 2.75rem; padding: .45rem 1.1rem; border: 2px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
        button:hover { background: #083b75; }
        form:not(.inline) > button { display: block; margin-top: .6rem; }
        details { border: 1px solid var(--line); padding: .5rem 1rem; margin: .75rem 0; }
        summary { cursor: pointer; font-weight: 600; min-height: 2rem; }
        footer { border-top: 1px solid var(--line); margin-top: 2.5rem; color: var(--muted); font-size: .9rem; }
        @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
        """;
}

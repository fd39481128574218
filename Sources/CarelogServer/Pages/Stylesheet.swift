/// The pages' one stylesheet: mobile first (readable at 360 px), tap targets of 44 px or more, visible focus, and
/// colours with WCAG AA contrast on white.
enum Stylesheet {
  static let css = """
    *{box-sizing:border-box}
    body{margin:0;font:18px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
    header,main,footer{max-width:40rem;margin:0 auto;padding:0 .75rem}
    nav{display:flex;flex-wrap:wrap;gap:.25rem;padding:.5rem 0}
    nav a{display:inline-flex;align-items:center;min-height:44px;padding:0 .6rem;color:#0b4f8a;font-weight:600}
    a{color:#0b4f8a}
    a,button,input,select,textarea{min-height:44px}
    :focus-visible{outline:3px solid #b35c00;outline-offset:2px}
    label{display:block;margin-top:.75rem;font-weight:600}
    label.inline{display:inline;margin:0 .25rem}
    input,select,textarea{width:100%;font:inherit;padding:.4rem;border:2px solid #555;border-radius:6px}
    input[type=radio],input[type=checkbox]{width:auto;min-height:auto;margin-right:.4rem}
    .row{display:flex;gap:.5rem;align-items:end}.row>*{flex:1}
    fieldset{border:1px solid #999;border-radius:6px;margin:.75rem 0;padding:.5rem}
    .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.4rem}
    .grid.five{grid-template-columns:repeat(auto-fill,minmax(6rem,1fr))}
    .choice{display:flex;align-items:center;margin:0;font-weight:500}
    .choice.big{min-height:48px;border:2px solid #555;border-radius:8px;padding:.3rem .5rem}
    button{font:inherit;padding:.4rem 1rem;border:2px solid #0b4f8a;border-radius:8px;background:#fff;color:#0b4f8a;margin-top:.5rem}
    button.primary{background:#0b4f8a;color:#fff;width:100%;margin-top:1rem}
    .error{color:#a4000f;font-weight:600;margin:.25rem 0}
    .saved{background:#e6f4ea;border-left:6px solid #1e6b34;padding:.5rem}
    .flag{border-left:6px solid #555;padding:.25rem .75rem;margin:1rem 0;background:#f5f5f5}
    .flag.urgent{border-color:#a4000f;background:#fdecee}
    .flag.urgent .level,.call{color:#a4000f}
    .flag.soon{border-color:#8a4b00}
    .level{font-weight:700;text-transform:uppercase}
    .entries{list-style:none;padding:0}.entries li{border-bottom:1px solid #ccc;padding:.5rem 0}
    .actions a{display:inline-flex;align-items:center;min-height:44px;margin-right:1rem}
    .switcher{display:flex;gap:.5rem;align-items:end}.switcher label{margin:0}
    footer{color:#444;font-size:.9rem;margin-top:2rem}
    """
}

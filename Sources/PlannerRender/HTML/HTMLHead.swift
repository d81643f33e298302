/// The start of every page planner writes, up to and including `<main>`: one place for the
/// Content-Security-Policy that keeps the page self-contained.
public enum HTMLHead {
  /// `css` goes into the one inline stylesheet; `dataImages` lets `data:` images through the CSP.
  public static func lines(title: String, css: String, dataImages: Bool = false) -> [String] {
    [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      // Nothing may load from anywhere: the page opens the same from a disk or a mail attachment.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\(dataImages ? "; img-src data:" : "")\">",
      "<title>\(Markup.escape(title))</title>",
      "<style>\n\(css)\n</style>",
      "</head>",
      "<body>",
      "<main>",
    ]
  }
}

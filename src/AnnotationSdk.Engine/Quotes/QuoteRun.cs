namespace AnnotationSdk.Engine.Quotes;

/// <summary>An outermost quote found by pairing marks: tokens [Open, Last] including the marks.</summary>
/// <param name="Open">The opening mark token.</param>
/// <param name="Last">The closing mark token, or the paragraph's last token when the quote never closed.</param>
/// <param name="Closed">A closing mark was found.</param>
/// <param name="Paragraphs">How many paragraphs the quote spans (a multi-paragraph quote reopens each one).</param>
internal readonly record struct QuoteRun(int Open, int Last, QuoteMarkFamily Family, bool Closed, int Paragraphs);

namespace AnnotationSdk.Engine.Quotes;

/// <summary>A quote mark token and what it can do.</summary>
internal readonly record struct QuoteMark(int Token, QuoteMarkRole Role, QuoteMarkFamily Family);

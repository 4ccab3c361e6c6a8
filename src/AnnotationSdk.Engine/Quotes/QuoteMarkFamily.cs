namespace AnnotationSdk.Engine.Quotes;

/// <summary>Marks pair only within their family: double marks (“ ” " « » „ `` '') and single marks (‘ ’ ' ‹ ›).</summary>
internal enum QuoteMarkFamily
{
    Double,
    Single,
}

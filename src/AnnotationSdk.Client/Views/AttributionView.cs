using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>An ATTRIBUTION annotation: the source mention as written, its cue, and the quotes it introduces.</summary>
public sealed class AttributionView
{
    internal AttributionView(Annotation annotation, string text, string cue)
    {
        Annotation = annotation;
        Text = text;
        Cue = cue;
    }

    /// <summary>The annotation as the server sent it.</summary>
    public Annotation Annotation { get; }

    /// <summary>The source mention as written ("he", "One source"), read from the document.</summary>
    public string Text { get; }

    /// <summary>The cue as written ("said", "according to"), read from the document; empty when none.</summary>
    public string Cue { get; }

    /// <summary>The canonical speaker after resolving pronouns and short names; null when unknown.</summary>
    public string? Speaker => string.IsNullOrEmpty(Annotation.Attribution?.Speaker) ? null : Annotation.Attribution.Speaker;

    /// <summary>Person, organisation, anonymous or document.</summary>
    public SourceType SourceType => Annotation.Attribution?.SourceType ?? SourceType.Unspecified;

    /// <summary>The quotes this attribution introduces.</summary>
    public IReadOnlyList<QuoteView> Quotes => QuoteList;

    internal List<QuoteView> QuoteList { get; } = [];
}

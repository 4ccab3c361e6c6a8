using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>A QUOTE annotation with its attribution resolved.</summary>
public sealed class QuoteView
{
    internal QuoteView(Annotation annotation, string text)
    {
        Annotation = annotation;
        Text = text;
    }

    /// <summary>The annotation as the server sent it.</summary>
    public Annotation Annotation { get; }

    /// <summary>The covered text, quote marks included, read from the document.</summary>
    public string Text { get; }

    /// <summary>Direct, mixed, scare or indirect.</summary>
    public QuoteStyle Style => Annotation.Quote?.Style ?? QuoteStyle.Unspecified;

    /// <summary>Who said it and with which cue; null when the server found no attribution (always for scare quotes).</summary>
    public AttributionView? Attribution { get; internal set; }

    /// <summary>The speaker's canonical name; null when unknown.</summary>
    public string? Speaker => Attribution?.Speaker;

    /// <summary>The hedges inside this quote: the speaker's own doubt, not the outlet's.</summary>
    public IReadOnlyList<HedgeView> Hedges => HedgeList;

    internal List<HedgeView> HedgeList { get; } = [];
}

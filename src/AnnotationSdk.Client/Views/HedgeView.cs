using AnnotationSdk.V1;

namespace AnnotationSdk.Client;

/// <summary>A HEDGE annotation, with the quote it sits in.</summary>
public sealed class HedgeView
{
    internal HedgeView(Annotation annotation, string text)
    {
        Annotation = annotation;
        Text = text;
    }

    /// <summary>The annotation as the server sent it.</summary>
    public Annotation Annotation { get; }

    /// <summary>The covered text ("reportedly", "some 4,000"), read from the document.</summary>
    public string Text { get; }

    /// <summary>Epistemic, doxastic, shield, reported, unsourced or approximator.</summary>
    public HedgeCategory Category => Annotation.Hedge?.Category ?? HedgeCategory.Unspecified;

    /// <summary>The quote the hedge sits in, so it is the speaker's; null when it is the outlet's own wording.</summary>
    public QuoteView? Quote { get; internal set; }
}

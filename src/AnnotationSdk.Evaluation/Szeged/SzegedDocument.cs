using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.Szeged;

/// <summary>How a Szeged cue type counts in scoring.</summary>
public enum CueRole
{
    /// <summary>A cue a hedge prediction should find (doxastic, modal_probable, modal_possible).</summary>
    Gold,

    /// <summary>A cue neither rewarded nor punished (condition, investigation): a prediction on it is ignored.</summary>
    Neutral,
}

/// <summary>One inline &lt;ccue&gt;: its span in the rebuilt document text, its original type and how it counts.</summary>
public sealed record SzegedCue(TextSpan Span, string Type, CueRole Role);

/// <summary>A Szeged document rebuilt as running text, with its gold sentence spans and cue spans.</summary>
public sealed record SzegedDocument(string Id, string Text, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<SzegedCue> Cues);

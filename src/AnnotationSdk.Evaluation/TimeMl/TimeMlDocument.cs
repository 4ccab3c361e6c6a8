using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Evaluation.TimeMl;

/// <summary>One gold TIMEX3: its span in the tag-stripped text, TIMEX3 type, value and mod.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value, string Mod);

/// <summary>A TimeML document reduced to what scoring needs: the plain text of its TEXT element,
/// its creation date, and the gold TIMEX3s inside TEXT (the creation time itself excluded).</summary>
public sealed record TimeMlDocument(string Name, string Text, DateOnly CreationDate, IReadOnlyList<GoldTimex> Timexes);
